//! `oerdex demo`.

use crate::cli::DemoArgs;
use crate::config::Settings;

/// Runs the demo (see [`crate::demo`]); it serves the API afterwards unless `--no-serve`.
pub async fn run(settings: Settings, args: DemoArgs) -> anyhow::Result<u8> {
    crate::demo::run(settings, !args.no_serve).await
}
