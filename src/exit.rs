//! Process exit codes. (2 is a command-line usage error, reported by clap itself.)

/// Everything succeeded.
pub const OK: u8 = 0;
/// A command failed (bad input, unreachable repository, database error).
pub const FAILURE: u8 = 1;
/// The configuration (file, environment) was wrong.
pub const CONFIG: u8 = 3;
/// A harvest ran but at least one source failed; what was committed is kept.
pub const PARTIAL: u8 = 4;
