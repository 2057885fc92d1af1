//! `oerdex demo`.

use anyhow::bail;

use crate::cli::DemoArgs;
use crate::config::Settings;

/// Runs the demo (see [`crate::demo`]) in its own catalogue, `--catalogue` (default
/// `oerdex-demo.db`), never the configured one; it serves the API afterwards unless
/// `--no-serve`.
pub async fn run(mut settings: Settings, args: DemoArgs) -> anyhow::Result<u8> {
    if same_file(&args.catalogue, &settings.db) {
        bail!(
            "the demo will not write into the configured catalogue {}; give it a file of its own with --catalogue",
            oerdex_index::display_location(&settings.db)
        );
    }
    println!(
        "the demo writes its own catalogue {} (the configured {} is not touched)",
        args.catalogue.display(),
        oerdex_index::display_location(&settings.db)
    );
    settings.db = args.catalogue;
    // The configuration's sources are the production ones: the demo has its own.
    settings.sources.clear();
    crate::demo::run(settings, !args.no_serve).await
}

/// True when `a` and `b` name the same file (whether it exists or not).
fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    let absolute = |p: &std::path::Path| {
        let p = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        match (
            p.parent().and_then(|d| d.canonicalize().ok()),
            p.file_name(),
        ) {
            (Some(dir), Some(name)) => dir.join(name),
            _ => p,
        }
    };
    absolute(a) == absolute(b)
}
