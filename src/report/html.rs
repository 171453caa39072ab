//! A comparison as one self-contained HTML page: every table, the coverage
//! heatmap and an UpSet chart of the overlaps as inline SVG, and each
//! unit's gaps with their example items. No script, no request: the page
//! opens from a file, offline, in system fonts.

use super::svg::{xml, FONT_FAMILY};
use super::{tables, Part, Table};
use crate::compare::Comparison;

/// The page: a title, the units, the heatmap, the UpSet chart, the gaps by
/// unit, then every table.
pub fn html(c: &Comparison) -> String {
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.push_str("<title>eduplans: comparison of plans</title>\n<style>\n");
    page.push_str(&format!(
        "body{{font-family:{FONT_FAMILY};margin:1.5em;max-width:100%;color:#222;line-height:1.45}}\n\
         h1{{font-size:1.5em}} h2{{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}}\n\
         .figure{{max-width:100%;overflow-x:auto}} .figure svg{{max-width:100%;height:auto}}\n\
         .table{{max-width:100%;overflow-x:auto}}\n\
         table{{border-collapse:collapse;font-size:0.85em;margin:0.5em 0 1em}}\n\
         th,td{{border:1px solid #ccc;padding:2px 6px;vertical-align:top;overflow-wrap:anywhere}}\n\
         td{{max-width:40em}} td.n{{text-align:right;white-space:nowrap}} th{{background:#f3f3f3}}\n\
         #gaps li{{margin:0.2em 0}}\n"
    ));
    page.push_str("</style>\n</head>\n<body>\n");
    page.push_str("<h1>Comparison of plans</h1>\n<p>Units: ");
    let units: Vec<String> = c.units.iter().map(|u| xml(&u.label())).collect();
    page.push_str(&units.join(", "));
    page.push_str(&format!(
        ". Schema version {}, eduplans {}.</p>\n",
        xml(&c.schema_version),
        xml(&c.version)
    ));
    page.push_str("<h2>Coverage heatmap</h2>\n<div class=\"figure\" id=\"heatmap\">\n");
    page.push_str(&super::coverage_svg(c));
    page.push_str("</div>\n<h2>Overlaps</h2>\n<div class=\"figure\" id=\"upset\">\n");
    page.push_str(&upset_svg(c));
    page.push_str("</div>\n<h2>Gaps</h2>\n<div id=\"gaps\">\n");
    page.push_str(&gaps(c));
    page.push_str("</div>\n");
    for t in tables(c, &Part::ALL) {
        page.push_str(&table(&t));
    }
    page.push_str("</body>\n</html>\n");
    page
}

/// Each unit's gaps, with the peers' strongest item on each.
fn gaps(c: &Comparison) -> String {
    let mut out = String::new();
    for u in &c.units {
        out.push_str(&format!("<h3>{}</h3>\n<ul>\n", xml(&u.label())));
        let mut any = false;
        for g in c.gaps_of(&u.id) {
            any = true;
            out.push_str(&format!(
                "<li><b>{}</b> ({} of {} peers)",
                xml(&c.category_label(&g.category)),
                g.peers_covering,
                g.peers
            ));
            if let Some(e) = &g.example {
                out.push_str(&format!(
                    ": {} {}: {}",
                    xml(&e.plan),
                    xml(&e.path),
                    xml(e.heading.as_deref().unwrap_or(&e.text))
                ));
            }
            out.push_str("</li>\n");
        }
        if !any {
            out.push_str("<li>none</li>\n");
        }
        out.push_str("</ul>\n");
    }
    out
}

/// A table as HTML, numbers right-aligned, nothing cut.
fn table(t: &Table) -> String {
    let mut out = format!(
        "<h2 id=\"{}\">{}</h2>\n<div class=\"table\"><table>\n<tr>",
        xml(&t.name),
        xml(&t.title)
    );
    for col in &t.columns {
        out.push_str(&format!("<th>{}</th>", xml(col)));
    }
    out.push_str("</tr>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for cell in row {
            let class = if cell.is_number() { " class=\"n\"" } else { "" };
            out.push_str(&format!(
                "<td{class}>{}</td>",
                xml(&cell.text(super::DEFAULT_DECIMALS))
            ));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table></div>\n");
    out
}

/// An UpSet chart of the overlaps: one row per set of units that covers
/// some themes exactly, a dot for each unit in the set and a bar as long
/// as the number of themes, largest first.
fn upset_svg(c: &Comparison) -> String {
    const ROW: usize = 22;
    const DOT: usize = 18;
    const BAR: usize = 14;
    let units: Vec<&str> = c.units.iter().map(|u| u.id.as_str()).collect();
    let rows = &c.overlaps.intersections;
    let most = rows
        .iter()
        .map(|i| i.categories.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let label_h = 120;
    let dots_w = DOT * units.len() + 10;
    let bars_w = 360;
    let width = dots_w + bars_w + 40;
    let height = label_h + ROW * rows.len().max(1) + 10;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{FONT_FAMILY}\" font-size=\"11\">\n<title>UpSet: themes covered by exactly these units</title>\n"
    );
    for (k, u) in units.iter().enumerate() {
        let x = 10 + DOT * k + DOT / 2;
        svg.push_str(&format!(
            "<text transform=\"translate({x},{}) rotate(-60)\">{}</text>\n",
            label_h - 4,
            xml(u)
        ));
    }
    for (r, i) in rows.iter().enumerate() {
        let y = label_h + ROW * r + ROW / 2;
        for (k, u) in units.iter().enumerate() {
            let x = 10 + DOT * k + DOT / 2;
            let member = i.units.iter().any(|m| m == u);
            let fill = if member { "#333" } else { "#ddd" };
            svg.push_str(&format!(
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"5\" fill=\"{fill}\"/>\n"
            ));
        }
        let n = i.categories.len();
        let w = (bars_w - 40) * n / most;
        svg.push_str(&format!(
            "<rect x=\"{dots_w}\" y=\"{}\" width=\"{w}\" height=\"{BAR}\" fill=\"#4a78b5\"><title>{}</title></rect>\n<text x=\"{}\" y=\"{}\">{n}</text>\n",
            y - BAR / 2,
            xml(&i.categories.iter().map(|x| c.category_label(x)).collect::<Vec<_>>().join(" ")),
            dots_w + w + 4,
            y + 4
        ));
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::xml;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(xml("<b>“A&B”</b>"), "&lt;b&gt;“A&amp;B”&lt;/b&gt;");
    }
}
