//! The SafeSteps build tool (the `xtask` pattern: `cargo xtask <command>`). It turns the app into
//! a static web folder that works from any static host and offline once opened, and serves that
//! folder on the local network so phones in a classroom can open it. Kept libraries do the real
//! work: wasm-bindgen for the JS glue, binaryen's wasm-opt, workbox for the service worker,
//! tower-http for serving.

mod serve;
mod web;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  build-web   build the web app (release) into a static folder
  serve       serve a built folder on the local network
  run         build-web, then serve (what the README's run command does)

options:
  --dist DIR    the static folder (default: dist)
  --port N      the port to serve on (default: 8080)
  --host ADDR   the address to bind (default: 0.0.0.0, every network interface)";

struct Options {
    dist: PathBuf,
    port: u16,
    host: String,
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(command) = args.next() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut options = Options { dist: project_root().join("dist"), port: 8080, host: "0.0.0.0".to_owned() };
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--dist", Some(dir)) => options.dist = PathBuf::from(dir),
            ("--port", Some(port)) => match port.parse() {
                Ok(port) => options.port = port,
                Err(_) => return usage_error(&format!("--port needs a number from 1 to 65535, not `{port}`")),
            },
            ("--host", Some(host)) => options.host = host,
            (other, _) => return usage_error(&format!("unexpected argument `{other}`")),
        }
    }
    let result = match command.as_str() {
        "build-web" => web::build(&options.dist).map(|_| ()),
        "serve" => serve::serve(&options),
        "run" => web::build(&options.dist).and_then(|_| serve::serve(&options)),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => return usage_error(&format!("unknown command `{other}`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("xtask: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("xtask: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}

/// The workspace root: xtask lives one folder below it.
fn project_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
