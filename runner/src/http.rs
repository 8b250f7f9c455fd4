//! HTTP/1.1 minimal dengan std saja: satu permintaan per koneksi, badan hanya
//! lewat `Content-Length` (tanpa *chunked*), kepala dibatasi ukurannya.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

/// Ukuran maksimum baris permintaan + semua header.
pub const MAX_HEAD: usize = 16 * 1024;
/// Waktu maksimum untuk menerima kepala permintaan.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug)]
pub struct Head {
    pub method: String,
    pub path: String,
    headers: Vec<(String, String)>,
    /// Byte badan yang sudah ikut terbaca bersama kepala.
    pub leftover: Vec<u8>,
}

impl Head {
    /// Nilai header (tanpa memedulikan huruf besar/kecil). `Err` bila header
    /// itu muncul lebih dari sekali: lebih aman ditolak daripada ditebak.
    pub fn header(&self, name: &str) -> Result<Option<&str>, DuplicateHeader> {
        let mut found = None;
        for (k, v) in &self.headers {
            if k.eq_ignore_ascii_case(name) {
                if found.is_some() {
                    return Err(DuplicateHeader);
                }
                found = Some(v.as_str());
            }
        }
        Ok(found)
    }
}

/// Sebuah header muncul lebih dari sekali.
#[derive(Debug)]
pub struct DuplicateHeader;

#[derive(Debug)]
pub struct HttpError {
    pub status: u16,
    pub message: String,
}

fn bad(status: u16, message: &str) -> HttpError {
    HttpError {
        status,
        message: message.to_string(),
    }
}

/// Membaca baris permintaan dan header.
pub fn read_head(stream: &mut TcpStream) -> Result<Head, HttpError> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    // Batas waktu untuk seluruh kepala, bukan per `read`: klien yang mengirim
    // satu byte setiap beberapa detik tidak bisa menahan koneksi selamanya.
    let deadline = Instant::now() + HEAD_TIMEOUT;
    let end = loop {
        if let Some(i) = find(&buf, b"\r\n\r\n") {
            break i;
        }
        if buf.len() > MAX_HEAD {
            return Err(bad(431, "kepala permintaan terlalu besar"));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            return Err(bad(408, "permintaan tidak lengkap (waktu habis)"));
        }
        match stream.read(&mut chunk) {
            Ok(0) => return Err(bad(400, "koneksi ditutup sebelum permintaan lengkap")),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(bad(408, "permintaan tidak lengkap (waktu habis)")),
        }
    };
    let leftover = buf[end + 4..].to_vec();
    let text =
        std::str::from_utf8(&buf[..end]).map_err(|_| bad(400, "kepala permintaan bukan UTF-8"))?;
    let mut lines = text.split("\r\n");
    let request_line = lines.next().unwrap_or_default();
    let mut parts = request_line.split(' ');
    let (Some(method), Some(path), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad(400, "baris permintaan tidak valid"));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(bad(505, "hanya HTTP/1.x"));
    }
    let mut headers = Vec::new();
    for line in lines {
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| bad(400, "header tidak valid"))?;
        if k.is_empty() || k.contains([' ', '\t']) {
            return Err(bad(400, "nama header tidak valid"));
        }
        headers.push((k.to_string(), v.trim().to_string()));
    }
    Ok(Head {
        method: method.to_string(),
        path: path.to_string(),
        headers,
        leftover,
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Panjang badan yang diumumkan; *chunked* dan nilai ganda ditolak.
pub fn content_length(head: &Head) -> Result<usize, HttpError> {
    if head
        .header("transfer-encoding")
        .map_err(|_| bad(400, "Transfer-Encoding ganda"))?
        .is_some()
    {
        return Err(bad(
            411,
            "Transfer-Encoding tidak didukung; pakai Content-Length",
        ));
    }
    match head
        .header("content-length")
        .map_err(|_| bad(400, "Content-Length ganda"))?
    {
        None => Ok(0),
        Some(v) => v
            .parse::<usize>()
            .map_err(|_| bad(400, "Content-Length tidak valid")),
    }
}

/// Membaca badan sepanjang `len` byte (sudah diperiksa terhadap batas).
pub fn read_body(
    stream: &mut TcpStream,
    head: &mut Head,
    len: usize,
) -> Result<Vec<u8>, HttpError> {
    let mut body = std::mem::take(&mut head.leftover);
    if body.len() > len {
        body.truncate(len);
    }
    let mut rest = vec![0u8; len - body.len()];
    stream
        .read_exact(&mut rest)
        .map_err(|_| bad(408, "badan permintaan tidak lengkap"))?;
    body.extend_from_slice(&rest);
    Ok(body)
}

pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "Status",
    }
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn json(status: u16, body: String) -> Response {
        Response {
            status,
            headers: vec![(
                "Content-Type".into(),
                "application/json; charset=utf-8".into(),
            )],
            body: body.into_bytes(),
        }
    }

    pub fn header(mut self, k: &str, v: &str) -> Response {
        self.headers.push((k.to_string(), v.to_string()));
        self
    }

    pub fn write_to(&self, stream: &mut TcpStream) -> io::Result<()> {
        let mut out = format!("HTTP/1.1 {} {}\r\n", self.status, reason(self.status));
        for (k, v) in &self.headers {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        out.push_str(&format!(
            "Content-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\
             Connection: close\r\n\r\n",
            self.body.len()
        ));
        let mut bytes = out.into_bytes();
        bytes.extend_from_slice(&self.body);
        stream.write_all(&bytes)?;
        stream.flush()
    }
}

/// Setelah menjawab tanpa membaca badan: tutup arah tulis lalu buang sedikit
/// sisa masukan, supaya klien menerima jawaban (bukan *connection reset*).
pub fn linger(stream: &mut TcpStream, max_bytes: usize) {
    let _ = stream.shutdown(Shutdown::Write);
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let start = Instant::now();
    let mut drained = 0;
    let mut chunk = [0u8; 8192];
    while drained < max_bytes && start.elapsed() < Duration::from_secs(2) {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}
