//! One value of a table: text, a whole number, a float or nothing, and
//! how a float is written.

/// One value in a [`Table`](super::Table).
///
/// Serialised untagged: a string, a number, or `null` for [`Cell::Empty`].
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Cell {
    /// Text, left-aligned.
    Text(String),
    /// A whole number, right-aligned.
    Int(i64),
    /// A real number, right-aligned and written with [`Style::decimals`](super::Style::decimals) places.
    Float(f64),
    /// No value: an empty cell.
    Empty,
}

impl Cell {
    /// Whether the cell holds a number ([`Cell::Int`] or [`Cell::Float`]).
    pub fn is_number(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Float(_))
    }

    /// The cell's full text: floats with `decimals` places (at most
    /// [`MAX_DECIMALS`]), [`Cell::Empty`] as the empty string. Nothing is cut
    /// or escaped.
    ///
    /// ```
    /// use eduplans::report::Cell;
    /// assert_eq!(Cell::from(0.5).text(2), "0.50");
    /// assert_eq!(Cell::from(12_i64).text(2), "12");
    /// assert_eq!(Cell::from(None::<i64>).text(2), "");
    /// ```
    pub fn text(&self, decimals: usize) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Float(x) => format_float(*x, decimals),
            Cell::Empty => String::new(),
        }
    }
}

/// The most places after the decimal point a float is written with: the
/// most Rust's formatting takes (a precision past it panics). Past 1,074
/// places every digit of an `f64` is written anyway.
pub const MAX_DECIMALS: usize = u16::MAX as usize;

/// A float with `decimals` places (at most [`MAX_DECIMALS`]); `-0` is written
/// as `0` so that a value rounded to zero does not carry a sign.
fn format_float(x: f64, decimals: usize) -> String {
    let decimals = decimals.min(MAX_DECIMALS);
    let s = format!("{x:.decimals$}");
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}

impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}

impl From<&String> for Cell {
    fn from(s: &String) -> Self {
        Cell::Text(s.clone())
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Self {
        Cell::Int(n)
    }
}

impl From<i32> for Cell {
    fn from(n: i32) -> Self {
        Cell::Int(i64::from(n))
    }
}

impl From<u32> for Cell {
    fn from(n: u32) -> Self {
        Cell::Int(i64::from(n))
    }
}

/// Counts beyond `i64::MAX` (never met in practice) are kept exactly, as text.
impl From<usize> for Cell {
    fn from(n: usize) -> Self {
        i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int)
    }
}

/// Counts beyond `i64::MAX` (never met in practice) are kept exactly, as text.
impl From<u64> for Cell {
    fn from(n: u64) -> Self {
        i64::try_from(n).map_or_else(|_| Cell::Text(n.to_string()), Cell::Int)
    }
}

impl From<f64> for Cell {
    fn from(x: f64) -> Self {
        Cell::Float(x)
    }
}

impl From<f32> for Cell {
    fn from(x: f32) -> Self {
        Cell::Float(f64::from(x))
    }
}

/// `None` is [`Cell::Empty`].
impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Cell::Empty, Into::into)
    }
}
