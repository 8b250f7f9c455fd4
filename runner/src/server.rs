//! Server HTTP runner (hyper): pemeriksaan keamanan dan rute.
//!
//! Rute (semuanya hanya di 127.0.0.1):
//! - `OPTIONS *`              *preflight* CORS untuk Origin buku.
//! - `GET /token`             jabat tangan: token acak runner ini dan batasnya,
//!   hanya untuk Origin buku.
//! - `GET|POST /meta/crates`  daftar crate (bentuk jawaban Rust Playground).
//! - `POST /evaluate.json`    kompilasi dan jalankan `{"code", "edition"}`.
//!
//! Urutan pemeriksaan: pemilik koneksi (pengguna lain ditolak SEBELUM
//! mendapat tempat di antara koneksi yang dilayani), lalu `Host` persis
//! 127.0.0.1:PORT atau localhost:PORT (melawan DNS rebinding), `Origin` persis
//! salah satu Origin buku (melawan halaman lain dan CSRF), token di
//! `X-Runner-Token` (selain jabat tangan dan preflight), `Content-Type` JSON.
//! Kepala dan badan permintaan harus tiba dalam SATU batas waktu.

use crate::api::{CrateList, EvaluateRequest, RunResponse, Status, TokenInfo};
use crate::jobs::Runner;
use crate::project;
use http_body_util::{BodyExt, Full};
use hyper::body::{Body, Bytes, Incoming};
use hyper::header::{CONTENT_TYPE, HOST, HeaderMap, ORIGIN};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::Serialize;
use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::Instant;

pub const TOKEN_HEADER: &str = "x-runner-token";
/// Ukuran maksimum kepala permintaan (hyper menjawab 431 di atasnya).
const MAX_HEAD: usize = 16 * 1024;
/// Koneksi yang hanya dijawab penolakan (pengguna lain, terlalu banyak koneksi).
const SPARE: usize = 16;
const REFUSE_TIMEOUT: Duration = Duration::from_secs(2);

type Resp = Response<Full<Bytes>>;

pub struct Server {
    pub runner: Arc<Runner>,
    pub token: String,
    pub port: u16,
}

fn json<T: Serialize>(status: u16, body: &T) -> Resp {
    let bytes = serde_json::to_vec(body).unwrap_or_default();
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, "application/json; charset=utf-8")
        .header("Cache-Control", "no-store")
        .body(Full::new(Bytes::from(bytes)))
        .expect("kepala jawaban valid")
}

fn refused(status: u16, message: impl Into<String>) -> Resp {
    json(status, &RunResponse::message(Status::Refused, message))
}

fn with_cors(mut r: Resp, origin: &str) -> Resp {
    if let Ok(v) = origin.parse() {
        r.headers_mut().insert("access-control-allow-origin", v);
        r.headers_mut()
            .insert("vary", ORIGIN.as_str().parse().expect("valid"));
    }
    r
}

/// Nilai header yang muncul TEPAT sekali (ganda lebih aman ditolak).
fn single<K: hyper::header::AsHeaderName>(headers: &HeaderMap, name: K) -> Option<&str> {
    let mut all = headers.get_all(name).iter();
    let v = all.next()?;
    if all.next().is_some() {
        return None;
    }
    v.to_str().ok()
}

impl Server {
    /// Menerima koneksi sampai `stop` selesai.
    pub async fn serve(self: Arc<Self>, listener: TcpListener, stop: impl Future<Output = ()>) {
        let cfg = &self.runner.cfg;
        let owner = Arc::new(Semaphore::new(cfg.max_connections));
        let spare = Arc::new(Semaphore::new(SPARE));
        tokio::pin!(stop);
        loop {
            let first = tokio::select! {
                () = &mut stop => return,
                r = listener.accept() => match r {
                    Ok(x) => x,
                    Err(_) => {
                        // Misalnya kehabisan deskriptor: coba lagi sebentar lagi.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
            };
            // Semua koneksi yang sudah menunggu diambil sekaligus, dan tabel
            // TCP kernel dibaca SEKALI untuk semuanya: banjir koneksi tidak
            // membuat antrean accept (dan koneksi pemilik di dalamnya) macet.
            let mut batch = vec![first];
            let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
            while batch.len() < 1024 {
                match listener.poll_accept(&mut cx) {
                    std::task::Poll::Ready(Ok(x)) => batch.push(x),
                    _ => break,
                }
            }
            let started = Instant::now();
            let owners = if cfg.allow_other_users {
                vec![true; batch.len()]
            } else {
                crate::peer::same_user(&batch)
            };
            for ((stream, _), ours) in batch.into_iter().zip(owners) {
                self.dispatch(stream, ours, started, &owner, &spare);
            }
        }
    }

    /// Pemilik dulu, baru tempat: koneksi pengguna lain tidak pernah memakai
    /// tempat milik pengguna runner.
    fn dispatch(
        self: &Arc<Self>,
        stream: TcpStream,
        ours: bool,
        started: Instant,
        owner: &Arc<Semaphore>,
        spare: &Arc<Semaphore>,
    ) {
        if !ours {
            if let Ok(p) = spare.clone().try_acquire_owned() {
                tokio::spawn(async move {
                    let why = "Ditolak: koneksi dari pengguna lain di mesin ini.";
                    refuse(stream, 403, why.to_string()).await;
                    drop(p);
                });
            }
            return;
        }
        match owner.clone().try_acquire_owned() {
            Ok(p) => {
                let server = Arc::clone(self);
                tokio::spawn(async move {
                    server.connection(stream, started).await;
                    drop(p);
                });
            }
            Err(_) => {
                if let Ok(p) = spare.clone().try_acquire_owned() {
                    let max = self.runner.cfg.max_connections;
                    tokio::spawn(async move {
                        let why = format!("Runner lokal sedang melayani {max} koneksi; coba lagi.");
                        refuse(stream, 503, why).await;
                        drop(p);
                    });
                }
            }
        }
    }

    async fn connection(self: Arc<Self>, stream: TcpStream, started: Instant) {
        let timeout = self.runner.cfg.request_timeout;
        let deadline = started + timeout;
        let svc = service_fn(move |req| {
            let server = Arc::clone(&self);
            async move { Ok::<_, Infallible>(server.handle(req, deadline).await) }
        });
        let _ = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(timeout)
            .keep_alive(false)
            .max_buf_size(MAX_HEAD)
            .serve_connection(TokioIo::new(stream), svc)
            .await;
    }

    async fn handle(&self, req: Request<Incoming>, deadline: Instant) -> Resp {
        let h = req.headers();
        // 1. Host: hanya alamat loopback runner ini (DNS rebinding).
        let port = self.port;
        let host_ok = single(h, HOST)
            .is_some_and(|v| v == format!("127.0.0.1:{port}") || v == format!("localhost:{port}"));
        if !host_ok {
            return refused(403, "Ditolak: Host tidak diizinkan.");
        }
        // 2. Origin: hanya halaman buku yang disajikan lokal.
        let cfg = &self.runner.cfg;
        let Some(origin) = single(h, ORIGIN)
            .filter(|o| cfg.allow_origins.iter().any(|a| a == o))
            .map(str::to_string)
        else {
            return refused(403, "Ditolak: Origin tidak diizinkan.");
        };
        let path = req.uri().path().to_string();
        let method = req.method().clone();
        if method == Method::OPTIONS {
            let mut r = Response::builder()
                .status(204)
                .header("access-control-allow-methods", "GET, POST, OPTIONS")
                .header(
                    "access-control-allow-headers",
                    "Content-Type, X-Runner-Token",
                )
                .header("access-control-max-age", "600");
            if single(h, "access-control-request-private-network") == Some("true") {
                r = r.header("access-control-allow-private-network", "true");
            }
            return with_cors(r.body(Full::default()).expect("valid"), &origin);
        }
        if (&method, path.as_str()) == (&Method::GET, "/token") {
            let info = TokenInfo {
                token: self.token.clone(),
                runner: "konkurensi-rust".into(),
                run_timeout_ms: cfg.run_timeout.as_millis() as u64,
                compile_timeout_ms: cfg.compile_timeout.as_millis() as u64,
                queue: cfg.queue,
                max_body: cfg.max_body,
                isolation: self.runner.isolation.info(),
            };
            return with_cors(json(200, &info), &origin);
        }
        // 3. Token untuk semua rute lain.
        let token_ok = single(h, TOKEN_HEADER).is_some_and(|t| constant_time_eq(t, &self.token));
        if !token_ok {
            return with_cors(
                refused(403, "Ditolak: token runner tidak ada atau salah."),
                &origin,
            );
        }
        let r = match (method, path.as_str()) {
            (Method::GET | Method::POST, "/meta/crates") => json(
                200,
                &CrateList {
                    crates: self.runner.project.crates(),
                },
            ),
            (Method::POST, "/evaluate.json") => self.evaluate(req, deadline).await,
            (_, "/evaluate.json" | "/meta/crates" | "/token") => {
                refused(405, "Metode tidak diizinkan.")
            }
            _ => refused(404, "Rute tidak dikenal."),
        };
        with_cors(r, &origin)
    }

    async fn evaluate(&self, req: Request<Incoming>, deadline: Instant) -> Resp {
        // Hanya JSON: formulir HTML lintas situs tidak bisa mengirim tipe ini
        // tanpa preflight.
        let is_json = single(req.headers(), CONTENT_TYPE).is_some_and(|ct| {
            let mime = ct.split(';').next().unwrap_or_default().trim();
            mime.eq_ignore_ascii_case("application/json")
        });
        if !is_json {
            return refused(415, "Content-Type harus application/json.");
        }
        let max = self.runner.cfg.max_body;
        let too_big = |len: u64| {
            refused(
                413,
                format!("Program terlalu besar: {len} byte, batas runner lokal {max} byte."),
            )
        };
        let announced = req.body().size_hint().lower();
        if announced > max as u64 {
            return too_big(announced);
        }
        // Satu batas waktu untuk seluruh permintaan, dihitung sejak koneksi
        // diterima: klien yang mengirim satu byte per detik tidak menahan
        // koneksi lebih lama dari itu. Badan yang melewati batas tetap dibaca
        // (dibuang) sampai 4x batas, supaya jawaban 413 tidak hilang karena
        // koneksi ditutup dengan data yang belum dibaca (RST).
        let mut body = req.into_body();
        let mut bytes = Vec::new();
        let mut total = 0usize;
        let read = async {
            while total <= 4 * max {
                let Some(frame) = body.frame().await else {
                    break;
                };
                if let Ok(data) = frame?.into_data() {
                    total += data.len();
                    if total <= max {
                        bytes.extend_from_slice(&data);
                    }
                }
            }
            Ok::<_, hyper::Error>(())
        };
        match tokio::time::timeout_at(deadline, read).await {
            Err(_) => {
                let secs = self.runner.cfg.request_timeout.as_secs_f64();
                return refused(408, format!("Permintaan tidak lengkap dalam {secs} detik."));
            }
            Ok(Err(_)) => return refused(400, "Badan permintaan tidak terbaca."),
            Ok(Ok(())) if total > max => return too_big(total as u64),
            Ok(Ok(())) => {}
        }
        let request: EvaluateRequest = match serde_json::from_slice(&bytes) {
            Ok(r) => r,
            Err(e) => return refused(400, format!("Badan permintaan tidak valid: {e}.")),
        };
        let edition = match request.edition.as_deref() {
            None => project::DEFAULT_EDITION,
            Some(e) => match project::EDITIONS.iter().find(|x| **x == e) {
                Some(x) => x,
                None => return refused(400, format!("Edisi tidak dikenal: {e}.")),
            },
        };
        let runner = Arc::clone(&self.runner);
        let code = request.code;
        let ev = tokio::task::spawn_blocking(move || runner.evaluate(&code, edition)).await;
        match ev {
            Ok(ev) => {
                let mut r = json(ev.http_status, &ev.body);
                if ev.http_status == 503 {
                    r.headers_mut()
                        .insert("retry-after", "2".parse().expect("valid"));
                }
                r
            }
            Err(e) => json(500, &RunResponse::message(Status::Internal, e.to_string())),
        }
    }
}

/// Menjawab satu permintaan dengan penolakan `status` lalu menutup koneksi, paling lama
/// beberapa detik, tanpa memakai tempat koneksi pengguna runner.
async fn refuse(stream: TcpStream, status: u16, why: String) {
    let svc = service_fn(move |_req| {
        let r = refused(status, why.clone());
        async move { Ok::<_, Infallible>(r) }
    });
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(REFUSE_TIMEOUT)
        .keep_alive(false)
        .max_buf_size(MAX_HEAD)
        .serve_connection(TokioIo::new(stream), svc);
    let _ = tokio::time::timeout(REFUSE_TIMEOUT, conn).await;
}

/// Perbandingan yang waktunya tidak bergantung pada posisi byte pertama yang berbeda.
fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 32 byte acak dari kernel, dalam heksadesimal.
pub fn random_token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}
