#!/bin/sh
# Re-creates the PDF fixture of this folder.
#
# 2022-jiangmen-industry-fund.txt and 2023-jiangmen-miit-department.txt are the seed reports as
# published (江门市工业和信息化局's 2022 工业扶持专项资金 self-evaluation and its 2023 部门整体支出
# self-evaluation), in pdftotext's default reading of the published PDFs.
# 2022-jiangmen-industry-fund.pdf is the first of them set again as a PDF by LibreOffice Writer (a
# report printed from a word processor: its own line breaks and page breaks, digits spaced from CJK),
# so the PDF path (pdftotext, both readings, the surer kept) is tested on a whole report.
#
# Needs LibreOffice Writer (apt-get install libreoffice-writer-nogui); the tests need only the PDF.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp 2022-jiangmen-industry-fund.txt "$tmp/report.txt"
soffice --headless --norestore "-env:UserInstallation=file://$tmp/profile" --convert-to pdf --outdir "$tmp" "$tmp/report.txt" >/dev/null
cp "$tmp/report.pdf" 2022-jiangmen-industry-fund.pdf
echo "wrote 2022-jiangmen-industry-fund.pdf"
