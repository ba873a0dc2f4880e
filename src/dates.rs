//! Time expressions in text ("on Thursday", "June 11, 2020", "last week") and their
//! resolution against a publication date.
