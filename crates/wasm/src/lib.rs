//! Slant for JavaScript (work in progress).
