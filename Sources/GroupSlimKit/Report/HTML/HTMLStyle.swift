/// The report's stylesheet, inlined into the page: readable at 1280 px, and in print (A4,
/// tables that break between rows, charts that keep their colours).
enum HTMLStyle {
    static let css = """
    :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--bg:#f5f7fa;--dissolve:#c0392b;--merge:#2471a3;--review:#b9770e;--keep:#1e8449;--before:#9aa5b1;--after:#2471a3}
    *{box-sizing:border-box}
    body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,-apple-system,"Segoe UI",sans-serif}
    main{max-width:1200px;margin:0 auto;padding:24px 32px 48px;background:#fff}
    h1{font-size:26px;margin:0 0 8px}
    h2{font-size:19px;margin:32px 0 12px;padding-bottom:4px;border-bottom:2px solid var(--line)}
    h3{font-size:16px;margin:20px 0 8px}
    .banner{background:#fff4e5;border-left:5px solid var(--review);padding:10px 14px;margin:12px 0;font-weight:600}
    .meta{color:var(--muted);margin:0 0 8px}
    .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:12px 0}
    .card{border:1px solid var(--line);border-radius:6px;padding:10px 12px}
    .card .label{color:var(--muted);font-size:12px}
    .card .value{font-size:22px;font-weight:700}
    .card .value small{font-size:13px;color:var(--muted);font-weight:400}
    table{border-collapse:collapse;width:100%;margin:8px 0 16px}
    th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
    th{background:var(--bg);font-weight:600;font-size:13px}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    td.id{font-family:ui-monospace,"SFMono-Regular",Menlo,monospace;font-size:12px;white-space:nowrap}
    tr{break-inside:avoid}
    .charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
    figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:10px;break-inside:avoid}
    figcaption{font-weight:600;margin-bottom:6px}
    svg.chart{max-width:100%;height:auto}
    svg text{font-size:11px;fill:var(--ink)}
    svg .caption{fill:var(--muted)}
    svg .axis{stroke:var(--muted);stroke-width:1}
    .bar-before{fill:var(--before)}.bar-after{fill:var(--after)}
    .bar-dissolve{fill:var(--dissolve)}.bar-merge{fill:var(--merge)}.bar-review{fill:var(--review)}.bar-keep{fill:var(--keep)}
    .bar-verdict{fill:#7b8794}
    svg.spark{vertical-align:middle}
    .spark-line{fill:none;stroke:var(--merge);stroke-width:1.5}
    .spark-flat{stroke:var(--line);stroke-width:1.5}
    .tag{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;white-space:nowrap}
    .tag.dissolve{background:var(--dissolve)}.tag.merge{background:var(--merge)}.tag.review{background:var(--review)}.tag.keep{background:var(--keep)}
    .warn{color:var(--dissolve);font-weight:600}
    details{border-bottom:1px solid var(--line);padding:6px 0}
    summary{cursor:pointer;font-weight:600}
    ul.reasons{margin:6px 0 6px 18px;padding:0}
    ul.measures{margin:2px 0 6px 18px;padding:0;color:var(--muted);font-size:12px}
    footer{color:var(--muted);margin-top:32px;font-size:12px}
    @media print{
      body{background:#fff;font-size:11px}
      main{max-width:none;padding:0}
      .cards{grid-template-columns:repeat(4,1fr)}
      .charts{grid-template-columns:1fr 1fr}
      details{display:block}
      details>*{display:block}
      h2,h3{break-after:avoid}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      @page{size:A4;margin:14mm}
    }
    """
}
