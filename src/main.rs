//! Entry point of the browser build (Trunk compiles this to wasm): mounts the widget.

#[cfg(target_arch = "wasm32")]
fn main() {
    dognplass::embed::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Døgnplasskalkulatoren runs in the browser: start it with scripts/serve.sh (see README.md).");
    std::process::exit(2);
}
