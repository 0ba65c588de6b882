// A flat OpenDocument text (.fodt) in the layout of a Chinese official document — 16 pt
// Noto Serif CJK SC, first-line indents of two characters, lines aligned left (LibreOffice drops
// from the PDF a comma that justified Chinese text pushes to a line's end), a 22 pt centred
// title, a running header and `— N —` page numbers — for LibreOffice to print or convert (scripts/make-pdf-fixtures.js,
// scripts/make-bench-plan.js).

/** Text escaped for XML. */
export const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A flat ODF text document: paragraphs ({style, text}) and tables ({rows}), with a running header and page numbers unless header is null. */
export function fodt({ header, parts }) {
  const pageStyle = header === null ? '' : `<style:header><text:p text:style-name="Header">${escape(header)}</text:p></style:header>
<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>`;
  const body = parts
    .map((part) => {
      if (part.rows) {
        const columns = part.rows[0].length;
        const rows = part.rows
          .map((row) => `<table:table-row>${row.map((cell) => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="CellText">${escape(cell)}</text:p></table:table-cell>`).join('')}</table:table-row>`)
          .join('\n');
        return `<table:table table:name="T${columns}" table:style-name="Table">${part.widths.map((_, index) => `<table:table-column table:style-name="C${index}"/>`).join('')}\n${rows}</table:table>`;
      }
      return `<text:p text:style-name="${part.style ?? 'Body'}">${escape(part.text)}</text:p>`;
    })
    .join('\n');
  const columnStyles = (parts.find((part) => part.rows)?.widths ?? [])
    .map((width, index) => `<style:style style:name="C${index}" style:family="table-column"><style:table-column-properties style:column-width="${width}cm"/></style:style>`)
    .join('');
  const font = `style:font-name="Noto Serif CJK SC" style:font-name-asian="Noto Serif CJK SC"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%"/><style:text-properties ${font} fo:font-size="16pt" style:font-size-asian="16pt" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:text-align="start"/></style:style>
<style:style style:name="Flush" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="12pt"/><style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="CellText" style:family="paragraph"><style:paragraph-properties fo:line-height="120%" fo:text-align="start"/><style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Header" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="1cm" fo:margin-bottom="1cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="1cm" fo:margin-top="1cm"/></style:footer-style></style:page-layout>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="15.6cm" table:align="left"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
${columnStyles}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
${pageStyle}
</style:master-page></office:master-styles>
<office:body><office:text>
${body}
</office:text></office:body></office:document>
`;
}

