//! Content errors that name the file and the place (JSON path, line:column, Fluent message id),
//! so an author or translator can go straight to the line. Validation collects all of them.

use std::fmt;

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (missing, unreadable, wrong name).
    File,
    /// A JSON value, by path (`questions[2].options`), with its line and column when known.
    Json { path: String, at: Option<(usize, usize)> },
    /// A line and column in a text file.
    Text { line: usize, column: usize },
    /// A Fluent message, with where it starts when it exists.
    Message { id: String, at: Option<(usize, usize)> },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// Path relative to the project root, with `/` separators.
    pub file: String,
    pub place: Place,
    pub problem: String,
}

impl ContentError {
    pub fn new(file: impl Into<String>, place: Place, problem: impl Into<String>) -> Self {
        ContentError { file: file.into(), place, problem: problem.into() }
    }

    pub fn in_file(file: impl Into<String>, problem: impl Into<String>) -> Self {
        ContentError::new(file, Place::File, problem)
    }

    pub fn at_json(file: impl Into<String>, path: impl Into<String>, problem: impl Into<String>) -> Self {
        ContentError::new(file, Place::Json { path: path.into(), at: None }, problem)
    }

    pub fn at_message(
        file: impl Into<String>,
        id: impl Into<String>,
        at: Option<(usize, usize)>,
        problem: impl Into<String>,
    ) -> Self {
        ContentError::new(file, Place::Message { id: id.into(), at }, problem)
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = &self.file;
        let problem = &self.problem;
        match &self.place {
            Place::File => write!(f, "{file}: {problem}"),
            Place::Json { path, at: Some((line, column)) } => {
                write!(f, "{file}:{line}:{column}: at {path}: {problem}")
            }
            Place::Json { path, at: None } => write!(f, "{file}: at {path}: {problem}"),
            Place::Text { line, column } => write!(f, "{file}:{line}:{column}: {problem}"),
            Place::Message { id, at: Some((line, column)) } => {
                write!(f, "{file}:{line}:{column}: message `{id}`: {problem}")
            }
            Place::Message { id, at: None } => write!(f, "{file}: message `{id}`: {problem}"),
        }
    }
}

/// Every problem found, in file order; the catalog refuses to load while this is not empty.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentErrors(pub Vec<ContentError>);

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the lesson content:", self.0.len())?;
        for error in &self.0 {
            writeln!(f, "  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// 1-based line and column (in characters) of a byte offset, as editors count them.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    LineIndex::new(text).line_column(offset)
}

/// Where each line of a text starts, so many offsets can be placed without rescanning the text.
pub struct LineIndex<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let newlines = memchr::memchr_iter(b'\n', text.as_bytes()).map(|at| at + 1);
        LineIndex { text, line_starts: std::iter::once(0).chain(newlines).collect() }
    }

    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.text.get(line_start..offset).map_or(0, |before| before.chars().count()) + 1;
        (line, column)
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: usize) -> &'t str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else { return "" };
        let end = self.line_starts.get(line).map_or(self.text.len(), |&next| next - 1);
        let text = &self.text[start..end];
        text.strip_suffix('\r').unwrap_or(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_from_one_and_in_characters() {
        let text = "ab\ncé d\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        // 'é' is two bytes but one column.
        assert_eq!(line_column(text, 3 + "cé ".len()), (2, 4));
    }

    #[test]
    fn display_names_file_and_place() {
        let error = ContentError::at_message("locales/en/ui.ftl", "home-title", Some((4, 1)), "is missing");
        assert_eq!(error.to_string(), "locales/en/ui.ftl:4:1: message `home-title`: is missing");
        let error = ContentError::at_json("lessons/a.json", "questions[1].options", "needs options");
        assert_eq!(error.to_string(), "lessons/a.json: at questions[1].options: needs options");
    }
}
