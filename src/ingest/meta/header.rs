//! Header fields: the labelled values (`发布机构: 市教育局 成文日期: 2018-02-05`)
//! that web pages and sharing sites put above a plan, and sometimes below it.

use crate::text::BmpSet;

/// Labels of the fields that web pages and sharing sites put above a plan.
/// Only some are read; the others end the value before them.
const HEADER_KEYS: &[&str] = &[
    "索引号",
    "主题分类",
    "主题词",
    "发布机构",
    "发文机关",
    "成文日期",
    "签发日期",
    "标题",
    "发文字号",
    "文号",
    "发布日期",
    "发布时间",
    "日期",
    "责任编辑",
    "责编",
    "编辑",
    "阅读量",
    "阅读次数",
    "阅读",
    "浏览量",
    "浏览次数",
    "点击量",
    "点击数",
    "作者",
    "信息来源",
    "来源",
    "上传人",
    "文档编号",
    "上传时间",
    "格式",
    "页数",
    "大小",
];

/// The first characters of the [`HEADER_KEYS`].
static KEY_OPENERS: BmpSet = BmpSet::new().with_first_chars(HEADER_KEYS);

/// The labelled fields of the header lines: `发布机构: 市教育局`.
#[derive(Debug, Default)]
pub(super) struct Header {
    fields: Vec<(&'static str, String)>,
}

impl Header {
    /// Reads every line that starts with a known label (after blanks and an
    /// opening bracket, as in `【 作者:党政办 阅读:14771 】`).
    pub(super) fn parse<'a>(lines: impl IntoIterator<Item = &'a str>) -> Header {
        let mut header = Header::default();
        for line in lines {
            header.parse_line(line);
        }
        header
    }

    fn parse_line(&mut self, line: &str) {
        let opens = |c: &char| !c.is_whitespace() && !matches!(c, '【' | '[' | '［' | '(' | '（');
        // The first label opens the line: look no further when its first
        // character opens none (most lines, `一、`, `目标任务：`). Asked
        // before the colon, which takes a search of the whole line.
        if !line
            .chars()
            .find(opens)
            .is_some_and(|c| KEY_OPENERS.contains(c))
        {
            return;
        }
        // Every label is followed by a colon.
        if !(line.contains(':') || line.contains("：")) {
            return;
        }
        let chars: Vec<char> = line.chars().collect();
        let start = chars.iter().position(opens).unwrap_or(chars.len());
        let Some(mut key) = key_at(&chars, start) else {
            return;
        };
        loop {
            let (name, value_start) = key;
            let next = (value_start..chars.len()).find_map(|i| key_at(&chars, i).map(|k| (i, k)));
            let value_end = next.map_or(chars.len(), |(i, _)| i);
            let value: String = chars[value_start..value_end].iter().collect();
            let value = value
                .trim()
                .trim_end_matches(['】', ']', '］', ')', '）'])
                .trim();
            self.fields.push((name, value.to_string()));
            match next {
                Some((_, k)) => key = k,
                None => return,
            }
        }
    }

    /// The first non-empty value of a field.
    pub(super) fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, v)| *k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// The label at `chars[i]`, allowing blanks inside it (`标       题`) and
/// before its colon, and the index after the colon.
fn key_at(chars: &[char], i: usize) -> Option<(&'static str, usize)> {
    // Asked at every character of a labelled line: most open no label.
    if !KEY_OPENERS.contains(*chars.get(i)?) {
        return None;
    }
    let mut best: Option<(&'static str, usize)> = None;
    for key in HEADER_KEYS {
        let Some(end) = match_spaced(chars, i, key) else {
            continue;
        };
        let colon = (end..chars.len()).find(|&j| !chars[j].is_whitespace())?;
        let longest = match best {
            Some((b, _)) => key.len() > b.len(),
            None => true,
        };
        if matches!(chars[colon], ':' | '：') && longest {
            best = Some((key, colon + 1));
        }
    }
    best
}

/// Matches `word` at `chars[i]` with blanks allowed between its characters;
/// the index after the match.
fn match_spaced(chars: &[char], i: usize, word: &str) -> Option<usize> {
    let mut j = i;
    for (n, w) in word.chars().enumerate() {
        if n > 0 {
            while chars.get(j).is_some_and(|c| c.is_whitespace()) {
                j += 1;
            }
        }
        if chars.get(j) != Some(&w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_openers_are_the_labels_first_characters() {
        for u in 0..0x1_0000 {
            let Some(c) = char::from_u32(u) else { continue };
            let opens = HEADER_KEYS.iter().any(|k| k.starts_with(c));
            assert_eq!(KEY_OPENERS.contains(c), opens, "{c}");
        }
    }

    #[test]
    fn header_labels_with_blanks_and_brackets() {
        let header = Header::parse(
            "索 引 号 : T0020 主题分类: 教育\n标       题: 某标题 发文字号: 济教〔2018〕1号\n【 作者:党政办 阅读:14771 发布日期:2017-02-14 09:58 】\n日期:2016-01-28   责编:   阅读量:1425\n牵头单位:市教育局"
                .lines(),
        );
        assert_eq!(header.get("标题"), Some("某标题"));
        assert_eq!(header.get("发文字号"), Some("济教〔2018〕1号"));
        assert_eq!(header.get("作者"), Some("党政办"));
        assert_eq!(header.get("发布日期"), Some("2017-02-14 09:58"));
        assert_eq!(header.get("日期"), Some("2016-01-28"));
        assert_eq!(header.get("阅读量"), Some("1425"));
        assert_eq!(header.get("责编"), None);
        assert_eq!(header.get("索引号"), Some("T0020"));
    }
}
