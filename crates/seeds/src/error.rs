//! Where a seed error points: [`SeedError`] (`file:line: reason`) and [`Doc`], a seed file's
//! text that turns a byte offset into the line an error names.

use serde::Deserialize;
use std::fmt;

/// A reason the seeds cannot ship, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    /// Path relative to the repository, e.g. `seeds/figures.toml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong, in lowercase.
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// A TOML seed file: its path for the messages, and its text for their lines.
pub(crate) struct Doc<'a> {
    pub(crate) file: &'static str,
    pub(crate) text: &'a str,
}

impl Doc<'_> {
    /// The 1-based line of a byte offset.
    fn line(&self, offset: usize) -> usize {
        self.text
            .get(..offset)
            .map_or(1, |head| head.matches('\n').count() + 1)
    }

    /// An error at the line of `offset`.
    pub(crate) fn err(&self, offset: usize, message: impl Into<String>) -> SeedError {
        SeedError {
            file: self.file.to_owned(),
            line: self.line(offset),
            message: message.into(),
        }
    }

    /// The file read as `T`; a TOML or shape error names the line serde points at.
    pub(crate) fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, SeedError> {
        toml::from_str(self.text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            self.err(offset, e.message().trim().to_string())
        })
    }
}
