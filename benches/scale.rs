//! How the comparison's cost grows with the study: the same work at 250 to
//! 2,000 synthetic plans, reported per plan (`cargo bench --bench scale`).
//! Near-linear cost shows as a flat time per plan; `throughput --plans N`
//! gives whole processes at 10,000 and 50,000.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use eduplans::code::Coder;
use eduplans::compare::Comparison;
use eduplans::{corpus, CodedPlan};

const SIZES: [usize; 4] = [250, 500, 1000, 2000];

fn scale(c: &mut Criterion) {
    let coder = Coder::reference();
    let inputs = corpus::synthetic(*SIZES.last().unwrap_or(&0), 2024).unwrap_or_default();
    let coded: Vec<CodedPlan> = (coder.code_texts(&inputs).into_iter())
        .filter_map(Result::ok)
        .collect();
    let lines: Vec<String> = coded.iter().map(CodedPlan::to_json_line).collect();
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    for n in SIZES {
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::new("compare", n), &n, |b, &n| {
            b.iter(|| {
                (Comparison::builder(coder)
                    .plans(black_box(&coded[..n]))
                    .build())
                .map(|c| c.units.len())
            })
        });
        g.bench_with_input(BenchmarkId::new("read_back_and_fold", n), &n, |b, &n| {
            b.iter(|| {
                let mut builder = Comparison::builder(coder);
                for (k, line) in lines[..n].iter().enumerate() {
                    if let Ok(plan) = CodedPlan::from_json_line(&k.to_string(), black_box(line)) {
                        builder = builder.fold(plan);
                    }
                }
                builder.build().map(|c| c.units.len())
            })
        });
    }
    g.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
