"""`corpus add` from web pages (a local server on 127.0.0.1), saved pages, Word and PDF files.

The saved pages under tests/data/pages are shipped notices wrapped in site chrome
(navigation, breadcrumbs, scripts, share bars, footers); one is GBK with the charset only in
<meta>. The .docx and .pdf files are made by the tests themselves.
"""

from __future__ import annotations

import io
import json
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus import parse_file
from assistant.corpus.sources import read_source
from assistant.corpus.sources.fetch import fetch
from assistant.errors import InputError, ServiceError
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
YUHU = ROOT / "corpus" / "000_53d272b6d1b67865.txt"
YUHU_ID = parse_file(YUHU).notices[0].id
NANNING_ID = "30afe28c941c2237"  # 良庆生态环境局, the sixth notice of corpus/004
runner = CliRunner()


def _run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True)
def fast_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    monkeypatch.setenv("RECTIFY_FETCH__TIMEOUT_S", "1")
    monkeypatch.setenv("RECTIFY_FETCH__MAX_BYTES", "200000")
    monkeypatch.setenv("RECTIFY_FETCH__MAX_REDIRECTS", "3")


# -- files made by the tests ---------------------------------------------------------------
def _notice_lines(path: Path = YUHU) -> list[str]:
    return [line for line in path.read_text("utf-8").split("\n") if line.strip()]


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose text layer holds the lines: a Type0 font with Identity-H encoding whose
    codes are UTF-16 code units, and a ToUnicode CMap saying so (no glyphs needed)."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        b"1 beginbfrange <0000> <FFFF> <0000> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    first_page = 6
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (first_page + 2 * i) for i in range(len(pages))), len(pages)),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
    ]
    for number, lines in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "40 800 Td"]
        ops += [f"<{line.encode('utf-16-be').hex()}> Tj T*" for line in lines]
        content = "\n".join([*ops, "ET"]).encode()
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
            % (first_page + 2 * number + 1)
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def notice_pdf() -> bytes:
    """Notice 000 typeset on two pages: paragraphs wrapped at 36 characters, page numbers."""
    wrapped = [para[i : i + 36] for para in _notice_lines() for i in range(0, len(para), 36)]
    half = len(wrapped) // 2
    return make_pdf([[*wrapped[:half], "- 1 -"], [*wrapped[half:], "- 2 -"]])


def scanned_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def notice_docx() -> bytes:
    document = docx.Document()
    for line in _notice_lines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def table_docx() -> bytes:
    """A notice whose items are a table: 序号 | 反馈问题 | 整改措施 | 整改情况."""
    document = docx.Document()
    document.add_paragraph("中共某某县审计局党组关于巡察整改进展情况的通报")
    document.add_paragraph(
        "根据县委统一部署，2021年3月至5月，县委第二巡察组对县审计局党组开展了常规巡察，"
        "并于2021年6月10日反馈了巡察意见。现将巡察整改进展情况予以公布。"
    )
    document.add_paragraph("一、巡察反馈问题整改落实情况")
    rows = [
        ("序号", "反馈问题", "整改措施", "整改情况"),
        ("1", "理论学习不深入，中心组学习流于形式。", "制定学习计划。", "一是制定年度学习计划；二是开展专题研讨6次。"),
        ("2", "审计整改跟踪不到位。", "建立台账。", "一是建立审计整改台账；二是对32个问题逐一销号。"),
        ("3", "干部队伍结构老化。", "引进人才。", "一是公开招录审计人员5名；二是开展业务培训4期。"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0000-12345678。")
    document.add_paragraph("中共某某县审计局党组")
    document.add_paragraph("2021年9月1日")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# -- the local site ------------------------------------------------------------------------
Route = Callable[[BaseHTTPRequestHandler], None]


def _send(body: bytes, content_type: str, status: int = 200, *, filename: str = "") -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        if filename:
            handler.send_header("Content-Disposition", f'attachment; filename="{filename}"')
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return route


def _redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(3)  # longer than the 1 s timeout
    _send(b"<p>late</p>", "text/html")(handler)


def _trickle(handler: BaseHTTPRequestHandler) -> None:
    """Each chunk within the read timeout, the whole far beyond it."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(8 * 100))
    handler.end_headers()
    for _ in range(8):
        handler.wfile.write(b"<p>" + b"x" * 93 + b"</p>")
        handler.wfile.flush()
        time.sleep(0.4)


def _big_chunked(handler: BaseHTTPRequestHandler) -> None:
    """Over the size limit with no Content-Length: refused while streaming."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Transfer-Encoding", "chunked")
    handler.end_headers()
    chunk = b"<p>" + "很长的页面".encode() * 3000 + b"</p>"
    for _ in range(20):
        handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    handler.wfile.write(b"0\r\n\r\n")


def _routes() -> dict[str, Route]:
    html = "text/html; charset=utf-8"
    nanning = (PAGES / "nanning_gbk.html").read_bytes()
    return {
        "/yuhu.html": _send((PAGES / "yuhu_notice.html").read_bytes(), html),
        "/repost.html": _send((PAGES / "yuhu_repost.html").read_bytes(), html),
        "/nanning.html": _send(nanning, "text/html"),  # charset only in <meta>
        "/nanning-header.html": _send(nanning, "text/html; charset=GBK"),
        "/moved": _redirect("/yuhu.html"),
        "/loop": _redirect("/loop"),
        "/missing": _send(b"<h1>404 Not Found</h1>", "text/html", 404),
        "/broken": _send(b"<h1>Internal Server Error</h1>", "text/html", 500),
        "/slow": _slow,
        "/trickle": _trickle,
        "/big": _send(b"<p>" + b"x" * 300_000 + b"</p>", "text/html"),
        "/big-chunked": _big_chunked,
        "/logo.png": _send(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png"),
        "/notice.pdf": _send(notice_pdf(), "application/pdf"),
        "/download?id=7": _send(notice_docx(), "application/octet-stream", filename="tb.docx"),
    }


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        route = self.routes.get(self.path) or _send(b"<h1>Not Found</h1>", "text/html", 404)
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout or a size limit): expected

    def log_message(self, *_: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    _Handler.routes = _routes()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# -- web pages -------------------------------------------------------------------------------
@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_a_page_is_added_as_its_text_with_url_and_fetch_time(site: str, isolated_home: Path) -> None:
    code, out, err = _run("corpus", "add", f"{site}/yuhu.html", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert (report["added"], report["rejected"]) == (1, 0)
    notice = report["sources"][0]["notices"][0]
    # the same text as the shipped file once the chrome is gone: the same notice id
    assert notice["id"] == YUHU_ID and notice["unit"] == "雨湖区政协机关" and notice["items"] == 15
    kept = isolated_home / report["sources"][0]["kept"]
    assert kept.parent == isolated_home / "corpus" / "web" and kept.suffix == ".txt"
    text = kept.read_text("utf-8")
    assert text.startswith("雨湖区政协机关关于巡察整改进展情况的通")  # the <h1>, put back
    for chrome in ("首页", "当前位置", "版权所有", "ICP备", "document.write", "分享到", "相关链接", "浏览器"):
        assert chrome not in text, chrome
    side = json.loads(kept.with_name(kept.name + ".source.json").read_text("utf-8"))
    assert side["url"] == f"{site}/yuhu.html" and side["fetched_at"].startswith("20")

    code, out, _ = _run("corpus", "check")
    assert code == 0 and "agree" in out
    # corpus/ alone is enough: the catalog is rebuilt with the page and its URL
    (isolated_home / "vectorstore" / "catalog.sqlite3").unlink()
    code, out, err = _run("corpus", "rebuild", "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == 1
    import sqlite3

    db = sqlite3.connect(isolated_home / "vectorstore" / "catalog.sqlite3")
    assert db.execute("SELECT notice_id, url FROM sources").fetchall() == [(YUHU_ID, f"{site}/yuhu.html")]


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_gbk_pages_and_a_redirect(site: str, isolated_home: Path) -> None:
    urls = [f"{site}/nanning.html", f"{site}/nanning-header.html", f"{site}/moved"]
    code, out, err = _run("corpus", "add", *urls, "--json")
    assert code == 0, err
    report = json.loads(out)
    first, second, moved = (s["notices"][0] for s in report["sources"])
    # the charset from <meta> alone, then from the header: the same text, so the same notice
    assert first["id"] == NANNING_ID and first["unit"] == "中共南宁市良庆生态环境局党组"
    assert first["outcome"] == "added" and first["items"] == 15
    assert second["outcome"] == "duplicate" and second["match"] == "exact" and second["of"] == NANNING_ID
    assert moved["outcome"] == "added" and moved["id"] == YUHU_ID
    kept = isolated_home / report["sources"][2]["kept"]
    side = json.loads(kept.with_name(kept.name + ".source.json").read_text("utf-8"))
    assert side["url"].endswith("/moved") and side["final_url"].endswith("/yuhu.html")
    assert "良庆生态环境局" in (isolated_home / report["sources"][0]["kept"]).read_text("utf-8")


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_documents_by_url(site: str) -> None:
    code, out, err = _run("corpus", "add", f"{site}/notice.pdf", f"{site}/download?id=7", "--json")
    assert code == 0, err
    pdf, word = json.loads(out)["sources"]
    assert pdf["notices"][0]["id"] == YUHU_ID and pdf["kept"].endswith(".pdf")
    assert word["notices"][0]["outcome"] == "duplicate" and word["kept"].endswith(".docx")


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_http_failures_are_rejected_with_the_reason(site: str, isolated_home: Path) -> None:
    closed = "http://127.0.0.1:9/notice.html"  # the discard port: nothing listens
    cases = {
        f"{site}/missing": "HTTP 404",
        f"{site}/broken": "HTTP 500",
        f"{site}/loop": "more than 3 redirects",
        f"{site}/slow": "no complete answer within 1 s",
        f"{site}/trickle": "no complete answer within 1 s",
        f"{site}/big": "300,007 bytes, over the 200,000-byte limit",
        f"{site}/big-chunked": "over the 200,000-byte limit",
        f"{site}/logo.png": "the server sent 'image/png'",
        closed: "cannot reach the server",
    }
    started = time.monotonic()
    code, out, err = _run("corpus", "add", *cases, "--json")
    assert time.monotonic() - started < 15  # every limit held
    assert code == 1
    report = json.loads(out)
    assert report["rejected"] == len(cases) and report["added"] == 0
    for source in report["sources"]:
        reason = source["reason"]
        assert reason.startswith(source["source"] + ": ") and cases[source["source"]] in reason, reason
        assert "hint:" in reason
    assert not (isolated_home / "corpus").exists()


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_fetch_limits_directly(site: str) -> None:
    settings = load_settings().fetch
    page = fetch(f"{site}/nanning.html", settings)
    assert page.content_type == "text/html" and page.charset is None and len(page.body) > 5000
    with pytest.raises(InputError, match="HTTP 404") as caught:
        fetch(f"{site}/missing", settings)
    assert caught.value.where == f"{site}/missing" and caught.value.hint
    with pytest.raises(ServiceError, match="within 1 s"):
        fetch(f"{site}/slow", settings)
    with pytest.raises(InputError, match="not a valid web address"):
        fetch("http://", settings)


# -- files -------------------------------------------------------------------------------------
def test_saved_pages_are_kept_as_they_are(tmp_path: Path, isolated_home: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    for name in ("yuhu_notice.html", "nanning_gbk.html"):
        shutil.copy(PAGES / name, folder / name)
    code, out, err = _run("corpus", "add", str(folder), "--json")
    assert code == 0, err
    ids = {s["notices"][0]["id"] for s in json.loads(out)["sources"]}
    assert ids == {YUHU_ID, NANNING_ID}
    for name in ("yuhu_notice.html", "nanning_gbk.html"):  # byte for byte
        assert (isolated_home / "corpus" / name).read_bytes() == (PAGES / name).read_bytes()
    code, out, _ = _run("corpus", "check")
    assert code == 0 and "agree" in out


def test_word_and_pdf_files(tmp_path: Path) -> None:
    (tmp_path / "notice.docx").write_bytes(notice_docx())
    (tmp_path / "notice.pdf").write_bytes(notice_pdf())
    (tmp_path / "table.docx").write_bytes(table_docx())
    code, out, err = _run("corpus", "add", *(str(tmp_path / n) for n in ("notice.docx", "notice.pdf", "table.docx")), "--json")
    assert code == 0, err
    word, pdf, table = (s["notices"][0] for s in json.loads(out)["sources"])
    assert word["id"] == YUHU_ID and word["items"] == 15 and word["outcome"] == "added"
    # wrapped lines and page numbers do not change the text: the same notice
    assert pdf["outcome"] == "duplicate" and pdf["match"] == "exact" and pdf["of"] == YUHU_ID
    assert table["unit"] == "中共某某县审计局党组" and table["items"] == 3
    code, out, _ = _run("corpus", "show", table["id"], "--json")
    items = json.loads(out)["items"]
    assert items[1]["problem"] == "审计整改跟踪不到位。"
    assert items[1]["clauses"] == ["一是建立审计整改台账；", "二是对32个问题逐一销号。"]


def test_a_gbk_text_file(tmp_path: Path) -> None:
    gbk = tmp_path / "yuhu_gbk.txt"
    gbk.write_bytes(YUHU.read_text("utf-8").encode("gbk"))
    code, out, err = _run("corpus", "add", str(gbk), "--json")
    assert code == 0, err
    assert json.loads(out)["sources"][0]["notices"][0]["id"] == YUHU_ID


def test_bad_documents_are_rejected_with_the_reason(tmp_path: Path, isolated_home: Path) -> None:
    files = {
        "scan.pdf": (scanned_pdf(), "the PDF has no text layer (2 page(s) of images: a scan?)"),
        "torn.pdf": (notice_pdf()[:400], "not a readable PDF"),
        "corrupt.docx": (b"PK\x03\x04" + b"\x00garbage" * 50, "not a readable .docx file"),
        "text-renamed.docx": (YUHU.read_bytes(), "not a readable .docx file"),
        "old.doc": (b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "unsupported file type '.doc'"),
        "ledger.xlsx": (b"PK\x03\x04", "unsupported file type '.xlsx'"),
        "photo.png": (b"\x89PNG", "unsupported file type '.png'"),
        "notes": (b"plain", "unsupported file type '(none)'"),
    }
    for name, (data, _) in files.items():
        (tmp_path / name).write_bytes(data)
    code, out, err = _run("corpus", "add", str(tmp_path), "--json")
    assert code == 1
    reasons = {Path(s["source"]).name: s["reason"] for s in json.loads(out)["sources"]}
    for name, (_, message) in files.items():
        assert message in reasons[name], reasons[name]
        assert reasons[name].startswith(str(tmp_path / name)) and "hint:" in reasons[name]
    assert "save it as .docx" in reasons["old.doc"] and "OCR" in reasons["scan.pdf"]
    assert not (isolated_home / "corpus").exists()


def test_read_source_names_what_it_read(tmp_path: Path) -> None:
    (tmp_path / "n.docx").write_bytes(notice_docx())
    source = read_source(tmp_path / "n.docx", load_settings())
    assert source.kind == "docx" and source.name == "n.docx" and source.url is None
    assert source.text.split("\n")[2].startswith("根据区委统一部署")
