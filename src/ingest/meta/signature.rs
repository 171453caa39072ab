//! The signature at the end of a plan: the organ that signs it, and the date.

use super::date::{cn_digit, parse_written_date, DateRead};
use super::digit;
use super::issuer::whole_organ;
use crate::text::char_len;

/// How many non-empty lines at the end of the text may hold a signature.
const SIGNATURE_LINES: usize = 15;

/// The signature at the end of a plan: a line that ends with a date, and the
/// organ named before it on the same line or the line above.
#[derive(Debug, Default)]
pub(super) struct Signature {
    /// The date signed.
    pub(super) date: Option<DateRead>,
    /// The organ signing.
    pub(super) organ: Option<String>,
}

impl Signature {
    /// The signature in the last [`SIGNATURE_LINES`] non-empty lines of
    /// `ending`, the text's last lines.
    pub(super) fn find(ending: &str) -> Signature {
        let lines: Vec<&str> = ending
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let tail = &lines[lines.len().saturating_sub(SIGNATURE_LINES)..];
        for (i, line) in tail.iter().enumerate().rev() {
            let Some((before, date)) = date_line(line) else {
                continue;
            };
            let organ_line = if before.is_empty() {
                i.checked_sub(1).map(|j| tail[j])
            } else {
                Some(before)
            };
            return Signature {
                date: Some(date),
                organ: organ_line.and_then(whole_organ),
            };
        }
        Signature::default()
    }
}

/// A line that is a written date (`2018年2月5日`), maybe after an organ's
/// name: the text before the date and the date.
fn date_line(line: &str) -> Option<(&str, DateRead)> {
    if !line.ends_with('日') || char_len(line) > 40 {
        return None;
    }
    let is_date_char = |c: char| {
        digit(c).is_some() || cn_digit(c).is_some() || matches!(c, '十' | '年' | '月' | '日' | ' ')
    };
    let starts: Vec<usize> = line
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_date_char(*c))
        .map(|(i, _)| i)
        .collect();
    // Try the longest date first; a name may end in a numeral (`第一中学`).
    // Before the date there is nothing, or an organ's name: not a sentence.
    starts.iter().rev().find_map(|&at| {
        let before = line[..at].trim();
        let signed = before.is_empty() || whole_organ(before).is_some();
        match parse_written_date(&line[at..]) {
            DateRead::NotADate => None,
            read => signed.then_some((before, read)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, read_one};

    #[test]
    fn signature_gives_date_and_issuer() {
        let text =
            "某某县2018年工作要点\n一、总体要求\n1.加强党建。\n某某县教育局\n二〇一八年三月五日";
        let (m, _) = read_one(text, text);
        assert_eq!(m.published, Some(date(2018, 3, 5)));
        assert_eq!(m.issuer.as_deref(), Some("某某县教育局"));
        let text = "一、总体要求\n1.加强党建。\n济源市教育局  2018年2月5日";
        let (m, _) = read_one(text, text);
        assert_eq!(m.published, Some(date(2018, 2, 5)));
        assert_eq!(m.issuer.as_deref(), Some("济源市教育局"));
        // A sentence ending in a date is no signature.
        let text = "一、总体要求\n会议定于2018年2月5日";
        assert_eq!(read_one(text, text).0.published, None);
    }
}
