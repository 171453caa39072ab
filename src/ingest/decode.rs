//! Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK,
//! Big5; an HTML page is read as its text.

use serde::Serialize;

use crate::{Error, Result};

/// The encoding a plan's bytes were read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 without a byte-order mark (also what text given as `&str` is).
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-16, little-endian, with a byte-order mark.
    Utf16Le,
    /// UTF-16, big-endian, with a byte-order mark.
    Utf16Be,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// Big5, the traditional-script encoding of Taiwan and Hong Kong pages.
    Big5,
}

/// Share of control characters above which bytes are taken as binary, not text.
///
/// Plans have none but tab, newline and carriage return; a few stray ones
/// survive copy and paste, while binary files decoded as GB18030 give one
/// every few characters. 1% keeps both apart with a wide margin.
const MAX_CONTROL_SHARE: f64 = 0.01;

/// Decodes `bytes`, naming `input` in the error when no encoding fits.
pub(crate) fn decode(input: &str, bytes: &[u8]) -> Result<(String, Encoding)> {
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (utf8(input, rest)?, Encoding::Utf8Bom)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        (
            utf16(input, rest, encoding_rs::UTF_16LE)?,
            Encoding::Utf16Le,
        )
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        (
            utf16(input, rest, encoding_rs::UTF_16BE)?,
            Encoding::Utf16Be,
        )
    } else if let Some(order) = utf16_without_bom(bytes) {
        return Err(decode_error(
            input,
            format!(
                "UTF-16 ({order}) without a byte-order mark; save it as UTF-8, \
                 or as UTF-16 with a byte-order mark"
            ),
        ));
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), Encoding::Utf8)
    } else {
        legacy(input, bytes)?
    };
    check_text(input, &text)?;
    Ok((text, encoding))
}

/// Whether bytes with NULs are UTF-16 text without a byte-order mark, and in
/// which byte order: the NULs (high bytes of digits, Latin letters and line
/// ends) stand at least one byte in twenty, three in four or more at odd
/// positions (little-endian) or at even ones (big-endian); a few Chinese
/// characters (`一`, U+4E00) put one at the other. Binary data has NULs at both.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static str> {
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, _) in bytes.iter().enumerate().filter(|(_, &b)| b == 0) {
        if i % 2 == 0 {
            even += 1;
        } else {
            odd += 1;
        }
    }
    let nuls = even + odd;
    if nuls == 0 || nuls * 20 < bytes.len() {
        None
    } else if odd * 4 >= nuls * 3 {
        Some("little-endian")
    } else if even * 4 >= nuls * 3 {
        Some("big-endian")
    } else {
        None
    }
}

fn utf8(input: &str, bytes: &[u8]) -> Result<String> {
    std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| {
        decode_error(
            input,
            format!("invalid UTF-8 after a UTF-8 byte-order mark ({e})"),
        )
    })
}

fn utf16(input: &str, bytes: &[u8], enc: &'static encoding_rs::Encoding) -> Result<String> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors {
        return Err(decode_error(
            input,
            format!("invalid {} after its byte-order mark", enc.name()),
        ));
    }
    Ok(text.into_owned())
}

/// Bytes of a legacy Chinese encoding: GB18030 (GBK) or Big5. Both read
/// almost any bytes without error, so they are told apart by what they give:
/// Big5 text read as GBK turns its common characters into kana, Greek,
/// Cyrillic and box-drawing signs (GBK's rows A4–A9), which Chinese plans
/// hold hardly any of.
fn legacy(input: &str, bytes: &[u8]) -> Result<(String, Encoding)> {
    let decode = |enc: &'static encoding_rs::Encoding| {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        (!had_errors).then(|| text.into_owned())
    };
    let gbk = decode(encoding_rs::GB18030);
    let big5 = decode(encoding_rs::BIG5);
    match (gbk, big5) {
        (Some(g), Some(b))
            if foreign_share(&g) > MAX_FOREIGN_SHARE && foreign_share(&b) <= MAX_FOREIGN_SHARE =>
        {
            Ok((b, Encoding::Big5))
        }
        (Some(g), _) => Ok((g, Encoding::Gb18030)),
        (None, Some(b)) => Ok((b, Encoding::Big5)),
        (None, None) => Err(decode_error(
            input,
            "neither UTF-8, UTF-16 with a byte-order mark, GB18030 nor Big5".into(),
        )),
    }
}

/// Share of a decoded text's non-ASCII characters that are kana, Greek,
/// Cyrillic, box-drawing or bopomofo signs, above which the decoding is
/// taken as wrong. A Chinese plan has next to none; Big5 read as GBK gives
/// one in three or more. 5% leaves room for a plan that quotes a few.
const MAX_FOREIGN_SHARE: f64 = 0.05;

fn foreign_share(text: &str) -> f64 {
    let (mut wide, mut foreign) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_ascii()) {
        wide += 1;
        if matches!(c, '\u{370}'..='\u{4FF}' | '\u{2500}'..='\u{257F}' | '\u{3040}'..='\u{30FF}' | '\u{3100}'..='\u{312F}')
        {
            foreign += 1;
        }
    }
    foreign as f64 / wide.max(1) as f64
}

/// Rejects decoded text that is really binary: NUL bytes or many control characters.
fn check_text(input: &str, text: &str) -> Result<()> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        total += 1;
        if c == '\0' {
            return Err(decode_error(
                input,
                "binary data (NUL bytes), not text".into(),
            ));
        }
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if total > 0 && control as f64 / total as f64 > MAX_CONTROL_SHARE {
        return Err(decode_error(
            input,
            format!("binary data ({control} control characters in {total}), not text"),
        ));
    }
    Ok(())
}

fn decode_error(input: &str, reason: String) -> Error {
    Error::Decode {
        input: input.into(),
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "一、加强党建\n1.深入学习。";

    #[test]
    fn utf8_with_and_without_bom() {
        let (t, e) = decode("x", PLAN.as_bytes()).unwrap();
        assert_eq!((t.as_str(), e), (PLAN, Encoding::Utf8));
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice(PLAN.as_bytes());
        let (t, e) = decode("x", &bom).unwrap();
        assert_eq!((t.as_str(), e), (PLAN, Encoding::Utf8Bom));
    }

    #[test]
    fn utf16_both_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in PLAN.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode("x", &le).unwrap(), (PLAN.into(), Encoding::Utf16Le));
        assert_eq!(decode("x", &be).unwrap(), (PLAN.into(), Encoding::Utf16Be));
    }

    #[test]
    fn gb18030_detected() {
        let (bytes, _, _) = encoding_rs::GB18030.encode(PLAN);
        assert_eq!(
            decode("x", &bytes).unwrap(),
            (PLAN.into(), Encoding::Gb18030)
        );
    }

    #[test]
    fn utf16_without_bom_is_named_as_such() {
        let text = "某某市教育局2020年工作要点\n一、加强党建\n1.深入学习。";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, order) in [(le, "little-endian"), (be, "big-endian")] {
            let err = decode("plan.txt", &bytes).unwrap_err().to_string();
            assert!(
                err.starts_with("plan.txt: cannot decode: UTF-16 (") && err.contains(order),
                "{err}"
            );
        }
    }

    #[test]
    fn big5_detected() {
        let text = "臺北市教育局工作要點\n一、加強黨的建設\n1.深入學習貫徹黨的教育方針，推進學校體育與美育發展。";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        assert_eq!(decode("x", &bytes).unwrap(), (text.into(), Encoding::Big5));
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        assert_eq!(
            decode("x", &bytes).unwrap(),
            (text.into(), Encoding::Gb18030)
        );
    }

    #[test]
    fn binary_is_an_error_naming_the_input() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let err = decode("a.bin", &bytes).unwrap_err().to_string();
        assert!(err.starts_with("a.bin: cannot decode"), "{err}");
    }
}
