//! `oerdex demo`.

use crate::cli::DemoArgs;
use crate::config::Settings;

/// Runs the demo (see [`crate::demo`]).
pub async fn run(settings: Settings, _args: DemoArgs) -> anyhow::Result<u8> {
    crate::demo::run(settings).await
}
