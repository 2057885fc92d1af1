//! `oerdex export`: every live resource, one JSON document per line, ordered by id.

use std::io::{BufWriter, Write};

use anyhow::Context;
use oerdex_index::{model::jsonld, IndexError};

use crate::catalogue::open_store;

use crate::cli::{ExportArgs, ExportFormat};
use crate::config::Settings;
use crate::exit;

/// Writes the export to `--out` or standard output.
pub fn run(settings: &Settings, args: ExportArgs) -> anyhow::Result<u8> {
    let index = open_store(settings)?.reader()?;
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    index.for_each_resource(&mut |resource| {
        match args.format {
            ExportFormat::Jsonl => serde_json::to_writer(&mut out, &resource)?,
            ExportFormat::Jsonld => serde_json::to_writer(&mut out, &jsonld::to_jsonld(&resource))?,
        }
        out.write_all(b"\n").map_err(|source| IndexError::Io {
            context: "writing the export".into(),
            source,
        })
    })?;
    out.flush()?;
    Ok(exit::OK)
}
