//! A web page saved whole (`.html`) read as its text: scripts, styles and
//! comments dropped, block tags made line breaks, other tags removed,
//! character references decoded. What is left goes through the cleaner as
//! any page copied as text does.

/// The text of `s` where `s` is an HTML page, else `None`.
pub(super) fn text(s: &str) -> Option<String> {
    // Every plan is asked: most are told at their first character.
    if !s.trim_start().starts_with('<') {
        return None;
    }
    let head: String = s
        .trim_start()
        .chars()
        .take(200)
        .collect::<String>()
        .to_ascii_lowercase();
    if !(head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html"))
    {
        return None;
    }
    let mut out = String::with_capacity(s.len() / 2);
    let mut rest = s;
    while let Some(open) = rest.find('<') {
        push_text(&mut out, &rest[..open]);
        rest = &rest[open..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            // A `<` that opens no tag is text.
            push_text(&mut out, rest);
            rest = "";
            break;
        };
        let tag = rest[1..close].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        rest = &rest[close + 1..];
        if matches!(name.as_str(), "script" | "style") && !rest.is_empty() {
            let end = format!("</{name}");
            rest = find_ascii_case_blind(rest, &end).map_or("", |at| &rest[at..]);
            rest = rest.find('>').map_or("", |at| &rest[at + 1..]);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    push_text(&mut out, rest);
    Some(out)
}

/// Tags that break a line where they open or close.
const BLOCKS: [&str; 22] = [
    "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5",
    "h6", "section", "article", "header", "footer", "title", "body",
];

fn find_ascii_case_blind(s: &str, needle: &str) -> Option<usize> {
    s.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Appends text between tags with its character references decoded.
fn push_text(out: &mut String, s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // A reference is short: its `;` within twelve bytes (sought as a byte,
        // so that no character is cut).
        let end = rest.bytes().take(12).position(|b| b == b';');
        let decoded = end.and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

fn entity(name: &str) -> Option<char> {
    match name {
        "nbsp" | "ensp" | "emsp" => Some(' '),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "mdash" => Some('—'),
        "middot" => Some('·'),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_read_as_its_text() {
        let page = "<!DOCTYPE html><html><head><title>工作要点</title><style>p{x:1}</style>\
            <script>var a = '<p>';</script></head><body><!-- nav --><p>一、加强党建</p>\
            <p>1.深入学习&nbsp;贯彻&#x4E00;&lt;精神&gt;。</p></body></html>";
        let t = text(page).unwrap();
        let lines: Vec<&str> = t.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            ["工作要点", "一、加强党建", "1.深入学习 贯彻一<精神>。"]
        );
        assert_eq!(text("一、加强党建 <b>不是网页</b>"), None);
    }

    proptest::proptest! {
        #[test]
        fn any_page_reads_without_panic(s in "<!DOCTYPE html>[<>&;#xX0-9a-z/!\\- 一公；]{0,60}") {
            let t = text(&s).unwrap();
            proptest::prop_assert!(t.len() <= s.len());
        }
    }
}
