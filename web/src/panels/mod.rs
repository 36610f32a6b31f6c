//! The page's panels, one module each. A panel takes the current `View` (or nothing before the
//! first analysis) and callbacks; the page (`app.rs`) owns the state and places the panels.
//! A new panel is a module here, mounted in `app.rs` at the spot marked "further panels".

pub mod actors;
pub mod article_view;
pub mod compare;
pub mod editor;
pub mod fixed;
pub mod ignored;
pub mod issues;
pub mod legend;
pub mod popover;
pub mod summary;
pub mod wordlists;
