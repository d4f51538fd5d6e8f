//! Serves the built folder on the local network: correct MIME types, the brotli or gzip copy
//! when the browser accepts it, the page itself for every app route (so a lesson link or a
//! reload works), and `no-cache` so a new build is picked up. Prints the addresses to open, and
//! the network one as a QR code for phones.

use crate::Options;
use axum::Router;
use axum::http::HeaderValue;
use axum::http::header::CACHE_CONTROL;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

pub fn serve(options: &Options) -> Result<(), String> {
    let index = options.dist.join("index.html");
    if !index.exists() {
        return Err(format!("{} is missing: run `cargo xtask build-web` first", index.display()));
    }
    let files = ServeDir::new(&options.dist)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(ServeFile::new(&index).precompressed_br().precompressed_gzip());
    let app = Router::new()
        .fallback_service(files)
        .layer(SetResponseHeaderLayer::overriding(CACHE_CONTROL, HeaderValue::from_static("no-cache")));

    let address = format!("{}:{}", options.host, options.port);
    let runtime = tokio::runtime::Runtime::new().map_err(|error| format!("cannot start the server: {error}"))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&address)
            .await
            .map_err(|error| format!("cannot listen on {address}: {error} (is the port in use? try --port)"))?;
        let bound = listener.local_addr().map_err(|error| error.to_string())?;
        announce(bound);
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
            .map_err(|error| format!("the server stopped: {error}"))
    })
}

fn announce(bound: SocketAddr) {
    let port = bound.port();
    println!("\nSafeSteps is running. Press Ctrl+C to stop.\n");
    println!("  On this computer:  http://localhost:{port}/");
    let lan = if bound.ip().is_unspecified() { lan_address() } else { Some(bound.ip()) };
    match lan.filter(|ip| !ip.is_loopback()) {
        Some(ip) => {
            let url = format!("http://{ip}:{port}/");
            println!("  On a phone or another computer on the same network:  {url}\n");
            if let Some(code) = qr(&url) {
                println!("{code}");
            }
            println!(
                "  Over the network (plain http) progress is kept in the browser's IndexedDB, and the app\n  \
                 installs for offline use only from localhost or an https address.\n"
            );
        }
        None => println!("  (No network address found: only this computer can open it.)\n"),
    }
}

/// The address other devices reach this one at: the source address of a route to a private
/// network. Connecting a UDP socket sends nothing.
fn lan_address() -> Option<IpAddr> {
    let socket = UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("10.255.255.255:9").ok()?;
    Some(socket.local_addr().ok()?.ip())
}

fn qr(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::unicode::Dense1x2>()
            .dark_color(qrcode::render::unicode::Dense1x2::Light)
            .light_color(qrcode::render::unicode::Dense1x2::Dark)
            .quiet_zone(true)
            .build(),
    )
}
