//! Benchmarks: one per stage on the bundled plans, and the whole pipeline
//! on a scaled corpus. `cargo bench`; `cargo run --release --example
//! throughput` gives the headline figures in one run.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use eduplans::code::Coder;
use eduplans::compare::{Comparison, Options};
use eduplans::{corpus, ingest, outline};

fn stages(c: &mut Criterion) {
    let raw: Vec<(&str, &str)> = corpus::ids()
        .map(|id| (id, corpus::raw(id).unwrap_or("")))
        .collect();
    let bytes: usize = raw.iter().map(|(_, t)| t.len()).sum();
    let coder = Coder::reference();
    let docs: Vec<_> = raw
        .iter()
        .filter_map(|(id, t)| ingest::from_text(id, t).ok())
        .collect();
    let plans: Vec<_> = docs.iter().map(outline::plan).collect();
    let coded: Vec<_> = plans.iter().map(|p| coder.code(p)).collect();

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("ingest", |b| {
        b.iter(|| {
            raw.iter()
                .filter(|(id, t)| ingest::from_text(id, black_box(t)).is_ok())
                .count()
        })
    });
    g.bench_function("outline", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| outline::plan(black_box(d)).items.len())
                .sum::<usize>()
        })
    });
    g.bench_function("code", |b| {
        b.iter(|| {
            plans
                .iter()
                .map(|p| coder.code(black_box(p)).items.len())
                .sum::<usize>()
        })
    });
    g.bench_function("targets", |b| {
        b.iter(|| {
            plans
                .iter()
                .flat_map(|p| p.items.iter().map(move |i| (p, i)))
                .map(|(p, i)| coder.targets_of(&p.id, black_box(i)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("jieba_cut", |b| {
        b.iter(|| {
            raw.iter()
                .map(|(_, t)| coder.cut(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();

    c.bench_function("stage/compare", |b| {
        b.iter(|| {
            Comparison::new(coder, black_box(&coded), &Options::default()).map(|c| c.gaps.len())
        })
    });
}

fn scaled(c: &mut Criterion) {
    let coder = Coder::reference();
    let inputs = corpus::synthetic(200, 2024).unwrap_or_default();
    let bytes: usize = inputs.iter().map(|(_, t)| t.len()).sum();
    let mut g = c.benchmark_group("scaled_200");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("pipeline", |b| {
        b.iter(|| coder.code_texts(black_box(&inputs)).len())
    });
    let coded: Vec<_> = coder
        .code_texts(&inputs)
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    g.bench_function("compare", |b| {
        b.iter(|| {
            Comparison::new(coder, black_box(&coded), &Options::default()).map(|c| c.units.len())
        })
    });
    g.finish();
}

criterion_group!(benches, stages, scaled);
criterion_main!(benches);
