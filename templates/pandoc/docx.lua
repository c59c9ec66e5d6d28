--[[
docx.lua - pandoc 2.17 Lua filter for nastavnik's HTML -> DOCX step.

  pandoc -f html -t docx --no-highlight \
         --reference-doc=<portrait|landscape>.docx --lua-filter=docx.lua \
         -M text-width=<9638|14570> -o out.docx in.html

Turns the HTML conventions of the templates (see README.md next to this file)
into OpenXML. Every layout table, and every data table (<table>, so that rows
do not break across pages), is emitted as raw OpenXML *around* ordinary pandoc
blocks: pandoc still writes the paragraphs inside the cells, so inline
formatting, escaping, <br>, non-breaking spaces etc. are handled by pandoc.

This file holds the filter functions and the order they run in; the work is
done by the modules next to it:
  docx_xml.lua     shared helpers: classes, attributes, text width, raw
                   OpenXML pieces, paragraphs written as OpenXML
  docx_layout.lua  approvals, signature, appendix-heading, executor,
                   page-break, document-break
  docx_lists.lua   <ol>/<ul> as numbered paragraphs
  docx_tables.lua  data tables

Text width (twips) is needed for the layout tables and for the column widths
of data tables. It is taken from, in order:
  1. the div's (table's) data-text-width attribute (pandoc drops "data-");
  2. document metadata "text-width" (-M text-width=14570 or
     <meta name="text-width" content="14570"> in the HTML head);
  3. the reference doc's file name: "...landscape..." -> 14570;
  4. 9638 (A4 portrait, margins 30 + 10 mm).
]]

if FORMAT ~= 'docx' then
  return {}  -- raw OpenXML would be lost in any other output format
end

-- The modules are found next to this file, whatever the current directory.
-- They are registered by full path in package.preload rather than by adding
-- the folder to package.path, where a ';' or '?' in a folder name would be
-- taken as a separator or a placeholder. `require` then loads each module
-- once, so all of them share docx_xml's default text width.
do
  local dir = PANDOC_SCRIPT_FILE:match('(.*[/\\])') or './'
  for _, name in ipairs({'docx_xml', 'docx_layout', 'docx_lists', 'docx_tables'}) do
    package.preload[name] = function() return dofile(dir .. name .. '.lua') end
  end
end

local xml = require('docx_xml')
local layout = require('docx_layout')
local lists = require('docx_lists')
local tables = require('docx_tables')

local has_class, raw, empty_para = xml.has_class, xml.raw, xml.empty_para

local function Div(div)
  if has_class(div, 'approvals') then
    return layout.approvals(div)
  elseif has_class(div, 'signature') then
    return layout.signature(div)
  elseif has_class(div, 'appendix-heading') then
    return layout.appendix_heading(div)
  elseif has_class(div, 'executor') then
    return layout.executor(div)
  elseif has_class(div, 'document-break') then
    return layout.document_break(div)
  elseif has_class(div, 'page-break') then
    return layout.page_break(div)
  elseif has_class(div, 'blank-line') then
    -- pandoc drops empty paragraphs; the requisites of an order are set apart
    -- by one empty 14 pt line each.
    return {raw(empty_para('Approval'))}
  end
  return nil
end

---------------------------------------------------------------------------
-- <span class="tab"></span> : a tab character (e.g. in the Signature style)
---------------------------------------------------------------------------
local function Span(span)
  if has_class(span, 'tab') then
    return pandoc.RawInline('openxml', '<w:r><w:tab/></w:r>')
  end
  return nil
end

-- Run top-down: an outer table is rendered first and renders the tables in
-- its cells at the cell width. Tables it does not reach (e.g. in a footnote)
-- are still met when pandoc descends into the returned blocks.
local function Table(tbl)
  return tables.render(tbl, xml.text_width({attributes = tbl.attr.attributes}))
end

---------------------------------------------------------------------------
-- Separate adjacent tables (Word and LibreOffice would merge them).
---------------------------------------------------------------------------
local function Blocks(blocks)
  local out = pandoc.List()
  for i, b in ipairs(blocks) do
    if i > 1 and xml.ends_table(blocks[i - 1]) and xml.starts_table(b) then
      out:insert(raw(empty_para()))
    end
    out:insert(b)
  end
  return out
end

---------------------------------------------------------------------------
-- Metadata: width default; keep <title>/<meta name="author"> etc. out of the body.
---------------------------------------------------------------------------
local function Meta(meta)
  local w = meta['text-width'] and tonumber(pandoc.utils.stringify(meta['text-width']))
  if w and w > 0 then
    xml.set_default_width(math.floor(w))
  end
  -- pandoc's DOCX writer would print these as Title/Subtitle/Author/Date/
  -- Abstract paragraphs at the top of the document.
  for _, k in ipairs({'title', 'subtitle', 'author', 'date', 'abstract'}) do
    meta[k] = nil
  end
  return meta
end

---------------------------------------------------------------------------
-- Images: pandoc writes the image's source into the picture's description
-- (pic:cNvPr descr) - a temporary path of the build. Re-keyed in the media
-- bag under its alt text, the chart's caption becomes its description, which
-- is what a screen reader says.
---------------------------------------------------------------------------
local function Image(img)
  local alt = pandoc.utils.stringify(img.caption)
  if alt == '' then return nil end
  local mime, contents = pandoc.mediabag.fetch(img.src)
  if not contents then return nil end
  pandoc.mediabag.insert(alt, mime, contents)
  img.src = alt
  return img
end

---------------------------------------------------------------------------
-- <div class="table-wrap">: the site page's scroll container around a wide
-- table (200 % zoom, a phone). Paper has no such thing: the table stands alone,
-- as the later passes (adjacent tables, keep-with-next) expect.
---------------------------------------------------------------------------
local function unwrap_table(div)
  if has_class(div, 'table-wrap') then return div.content end
  return nil
end

return {
  {Meta = Meta, Image = Image, Div = unwrap_table},
  -- top-down, so that an outer list is numbered before its nested lists
  {traverse = 'topdown', BulletList = lists.List, OrderedList = lists.List},
  {Div = Div, Span = Span},
  {traverse = 'topdown', Table = Table},
  {Blocks = Blocks},
}
