//! What the figure tests share: reading one line of text.

use crossread_figures::read_line;
use crossread_model::Figure;

/// Every figure of one line.
pub fn all(text: &str) -> Vec<Figure> {
    read_line(text)
}

/// The one figure of a line; fails when there are none or several.
pub fn one(text: &str) -> Figure {
    let f = all(text);
    assert_eq!(f.len(), 1, "expected one figure in {text:?}, got {:#?}", f);
    f.into_iter().next().expect("one figure")
}
