//! One module per subcommand. Each returns the process exit code, or an error for `main` to
//! print.

pub mod backup;
pub mod demo;
pub mod export;
pub mod harvest;
pub mod license;
pub mod quality;
pub mod registrations;
pub mod reindex;
pub mod search;
pub mod serve;
pub mod sources;
