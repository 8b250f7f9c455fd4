//! Run tambahan scraper async: JSON, server lain (`--url`), masukan buruk.

use super::*;

/// Hasil JSON ditulis utuh dan sesuai dengan laporan yang dicetak.
#[test]
fn ch11_01_scraper_async_json() {
    let dir = temp_dir("json");
    let json_path = dir.path().join("hasil.json");
    let o = run_bin(
        "ch11-01-scraper-async",
        &["--json", path_str(&json_path)],
        RUN_TIMEOUT,
    );
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    check_scraper(&o);
    assert_eq!(
        entries(dir.path()),
        ["hasil.json"],
        "{}",
        o.describe("hanya hasil.json yang tersisa (tanpa berkas sementara)")
    );
    let text = std::fs::read_to_string(&json_path).unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| o.fail(&format!("JSON tidak valid: {e}\n{text}")));
    for (key, label) in [
        ("total", "Total: "),
        ("success", "Berhasil: "),
        ("failed", "Gagal: "),
        ("timeouts", "Timeout: "),
    ] {
        assert_eq!(
            doc[key].as_i64().map(i128::from),
            Some(o.int_after(label)),
            "{}",
            o.describe(&format!("JSON {key} vs laporan {label}"))
        );
    }
    let kinds: BTreeMap<String, u64> = doc["errors_by_kind"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
        .collect();
    let printed = o.lines()[o.line_of("Galat per jenis: ")]
        .split_once(": ")
        .unwrap()
        .1
        .split(", ")
        .map(|kv| {
            let (k, v) = kv.split_once(" = ").unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect::<BTreeMap<String, u64>>();
    assert_eq!(kinds, printed, "{}", o.describe("galat per jenis di JSON"));
    let wall_ms = o.float_after("Waktu: ") * 1000.0;
    let json_ms = doc["elapsed_ms"].as_f64().unwrap();
    assert!(
        (wall_ms - json_ms).abs() <= 10.0,
        "{}",
        o.describe("elapsed_ms")
    );

    let results = doc["results"].as_array().unwrap();
    assert_eq!(results.len(), 20);
    let mut urls = BTreeSet::new();
    for r in results {
        let url = r["url"].as_str().unwrap();
        assert!(urls.insert(url.to_string()), "URL ganda di JSON: {url}");
        let n: u32 = url.rsplit('/').next().unwrap().parse().unwrap();
        let line = url_line(&o, n);
        assert_eq!(
            r["status"].as_u64().map(|s| s as u16),
            line.status,
            "{}",
            o.describe(&format!("status {url} di JSON"))
        );
        assert_eq!(r["elapsed_ms"].as_u64(), Some(line.ms), "elapsed {url}");
        if let Some(bytes) = line.bytes {
            assert_eq!(r["content_length"].as_u64(), Some(bytes), "byte {url}");
        }
        assert_eq!(r["title"].as_str(), line.title.as_deref(), "judul {url}");
        assert_eq!(r["error"].is_null(), line.tag == "OK", "error {url}");
    }
}

/// Masukan buruk: galat berbahasa Indonesia di stderr, kode keluar bukan
/// nol, tanpa jejak panic, dan tanpa berkas (setengah jadi) di folder tujuan.
fn bad_input(tag: &str, args: &[&str], expect_in_stderr: &str) {
    let dir = temp_dir(tag);
    let json_path = dir.path().join("hasil.json");
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--json", path_str(&json_path)]);
    let o = run_bin("ch11-01-scraper-async", &all, RUN_TIMEOUT);
    o.assert_clean_error("galat: ", expect_in_stderr);
    assert!(
        entries(dir.path()).is_empty(),
        "{}",
        o.describe(&format!("folder tujuan harus kosong: {:?}", entries(dir.path())))
    );
}

#[test]
fn ch11_01_scraper_async_unreachable() {
    // Port loopback yang baru saja bebas: tidak ada yang mendengarkan.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}");
    bad_input("tak-terjangkau", &["--url", &url], "tidak bisa terhubung");
}

#[test]
fn ch11_01_scraper_async_malformed_url() {
    bad_input("url-rusak", &["--url", "ht!tp//bukan url"], "tidak valid");
    bad_input(
        "url-https",
        &["--url", "https://127.0.0.1:1"],
        "hanya http://",
    );
}

#[test]
fn ch11_01_scraper_async_missing_dir() {
    let dir = temp_dir("tanpa-folder");
    let json_path = dir.path().join("tidak-ada").join("hasil.json");
    let o = run_bin(
        "ch11-01-scraper-async",
        &["--json", path_str(&json_path)],
        RUN_TIMEOUT,
    );
    o.assert_clean_error("galat: folder ", "tidak ada");
    assert!(entries(dir.path()).is_empty(), "tidak ada berkas yang dibuat");
}

/// `--url` ke server lain: sebuah server HTTP/1.1 minimal di test ini.
#[test]
fn ch11_01_scraper_async_external_base() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicUsize::new(0));
    let server = {
        let (stop, served) = (Arc::clone(&stop), Arc::clone(&served));
        std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                let Ok((mut stream, _)) = listener.accept() else {
                    std::thread::sleep(Duration::from_millis(2));
                    continue;
                };
                stream.set_nonblocking(false).unwrap();
                stream
                    .set_read_timeout(Some(Duration::from_secs(5)))
                    .unwrap();
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.ends_with(b"\r\n\r\n") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(k) => head.extend_from_slice(&buf[..k]),
                    }
                }
                if !head.ends_with(b"\r\n\r\n") {
                    continue; // koneksi uji dari listing (cek alamat), tanpa permintaan
                }
                let head = String::from_utf8_lossy(&head);
                let path = head.split_whitespace().nth(1).unwrap_or("/");
                let body = format!("<title>Luar {}</title>", path.trim_start_matches('/'));
                let _ = write!(
                    stream,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                served.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    let base = format!("http://127.0.0.1:{port}/");
    let o = run_bin("ch11-01-scraper-async", &["--url", &base], RUN_TIMEOUT);
    stop.store(true, Ordering::SeqCst);
    server.join().unwrap();
    assert_eq!(o.code, Some(0), "{}", o.describe("kode keluar"));
    for n in 1..=20 {
        let line = url_line(&o, n);
        let want = format!("Luar halaman/{n:02}");
        assert!(
            line.tag == "OK" && line.title.as_deref() == Some(want.as_str()),
            "{}",
            o.describe(&format!("/halaman/{n:02} dari server luar: {line:?}"))
        );
    }
    assert_eq!(o.int_after("Berhasil: "), 20, "{}", o.describe("Berhasil"));
    assert_eq!(o.count("Permintaan yang diterima server"), 0);
    assert_eq!(served.load(Ordering::SeqCst), 20, "server luar menerima 20");
}
