--[[
docx.lua - pandoc 2.17 Lua filter for nastavnik's HTML -> DOCX step.

  pandoc -f html -t docx --no-highlight \
         --reference-doc=<portrait|landscape>.docx --lua-filter=docx.lua \
         -M text-width=<9638|14570> -o out.docx in.html

Turns the HTML conventions of the templates (see README.md next to this file)
into OpenXML. Every layout table is emitted as raw OpenXML *around* ordinary
pandoc blocks: pandoc still writes the paragraphs inside the cells, so inline
formatting, escaping, <br>, non-breaking spaces etc. are handled by pandoc.

Text width (twips) is needed for the layout tables. It is taken from, in order:
  1. the div's data-text-width attribute (pandoc drops the "data-" prefix);
  2. document metadata "text-width" (-M text-width=14570 or
     <meta name="text-width" content="14570"> in the HTML head);
  3. the reference doc's file name: "...landscape..." -> 14570;
  4. 9638 (A4 portrait, margins 30 + 10 mm).
]]

local PORTRAIT_WIDTH = 9638    -- 210 mm - 30 mm - 10 mm = 170 mm
local LANDSCAPE_WIDTH = 14570  -- 297 mm - 30 mm - 10 mm = 257 mm
local CORNER_WIDTH = 4536      -- 8 cm: max width of a corner block (ГОСТ Р 7.0.97)
local NAME_WIDTH = 3402        -- 6 cm: the «И.О. Фамилия» column of a signature

-- Default text width: from the reference doc's file name; the Meta pass
-- overrides it with the "text-width" metadata field.
local default_width = PORTRAIT_WIDTH
do
  local ref = PANDOC_WRITER_OPTIONS and PANDOC_WRITER_OPTIONS.reference_doc
  if ref and tostring(ref):lower():match('landscape') then
    default_width = LANDSCAPE_WIDTH
  end
end

local function raw(xml)
  return pandoc.RawBlock('openxml', xml)
end

local function has_class(el, name)
  for _, c in ipairs(el.classes) do
    if c == name then return true end
  end
  return false
end

local function attr(el, name)
  return el.attributes[name] or el.attributes['data-' .. name]
end

local function text_width(el)
  local w = tonumber(attr(el, 'text-width') or '')
  if w and w > 0 then return math.floor(w) end
  return default_width
end

-- An empty paragraph in a given style (a cell must end with a paragraph).
local function empty_para(style)
  if style then
    return '<w:p><w:pPr><w:pStyle w:val="' .. style .. '"/></w:pPr></w:p>'
  end
  return '<w:p/>'
end

-- Opening XML of a borderless, fixed-layout table with one row.
-- widths: list of column widths in twips.
local function layout_table_open(widths)
  local total = 0
  for _, w in ipairs(widths) do total = total + w end
  local grid = {}
  for _, w in ipairs(widths) do
    grid[#grid + 1] = '<w:gridCol w:w="' .. w .. '"/>'
  end
  return table.concat({
    '<w:tbl><w:tblPr>',
    '<w:tblStyle w:val="TableNormal"/>',
    '<w:tblW w:w="', total, '" w:type="dxa"/>',
    '<w:jc w:val="left"/>',
    '<w:tblInd w:w="0" w:type="dxa"/>',
    '<w:tblBorders>',
    '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>',
    '<w:insideH w:val="nil"/><w:insideV w:val="nil"/>',
    '</w:tblBorders>',
    '<w:tblLayout w:type="fixed"/>',
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>',
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>',
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0"',
    ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
    '</w:tblPr><w:tblGrid>', table.concat(grid), '</w:tblGrid>',
    '<w:tr><w:trPr><w:cantSplit/></w:trPr>',
  })
end

local function cell_open(width, valign)
  return '<w:tc><w:tcPr><w:tcW w:w="' .. width .. '" w:type="dxa"/>'
    .. '<w:vAlign w:val="' .. (valign or 'top') .. '"/></w:tcPr>'
end

local TABLE_CLOSE = '</w:tr></w:tbl>'

-- Blocks of one cell: the content in a custom-style div, or an empty paragraph.
local function cell_blocks(out, blocks, style)
  if blocks == nil or #blocks == 0 then
    out[#out + 1] = raw(empty_para(style))
  else
    out[#out + 1] = pandoc.Div(blocks, pandoc.Attr('', {}, {{'custom-style', style}}))
  end
end

local function warn(msg)
  io.stderr:write('docx.lua: ' .. msg .. '\n')
end

---------------------------------------------------------------------------
-- <div class="approvals"> : СОГЛАСОВАНО (left) / УТВЕРЖДАЮ (right) corners
---------------------------------------------------------------------------
-- Several stamps on one side (<div class="approval"> each, e.g. СОГЛАСОВАНО
-- and ПРИНЯТО) are separated by an empty line.
local function side_blocks(blocks)
  local out = {}
  local prev_stamp = false
  for _, b in ipairs(blocks) do
    local stamp = b.t == 'Div' and has_class(b, 'approval')
    if stamp and prev_stamp then out[#out + 1] = raw(empty_para('Approval')) end
    out[#out + 1] = b
    prev_stamp = stamp
  end
  return out
end

local function approvals(div)
  local w = text_width(div)
  local left, right, rest = nil, nil, {}
  for _, b in ipairs(div.content) do
    if b.t == 'Div' and has_class(b, 'approval-left') then
      left = side_blocks(b.content)
    elseif b.t == 'Div' and has_class(b, 'approval-right') then
      right = side_blocks(b.content)
    else
      rest[#rest + 1] = b
    end
  end
  if not left and not right and #rest == 0 then return {} end
  local side = CORNER_WIDTH
  local gap = w - 2 * side
  if gap < 0 then
    side = math.floor(w / 2)
    gap = w - 2 * side
  end
  local out = {}
  out[#out + 1] = raw(layout_table_open(gap > 0 and {side, gap, side} or {side, side})
                      .. cell_open(side))
  cell_blocks(out, left, 'Approval')
  if gap > 0 then
    out[#out + 1] = raw('</w:tc>' .. cell_open(gap) .. empty_para('Approval')
                        .. '</w:tc>' .. cell_open(side))
  else
    out[#out + 1] = raw('</w:tc>' .. cell_open(side))
  end
  cell_blocks(out, right, 'Approval')
  out[#out + 1] = raw('</w:tc>' .. TABLE_CLOSE)
  out[#out + 1] = raw(empty_para())  -- one empty line before the title
  if #rest > 0 then
    warn('approvals: content outside approval-left/approval-right kept below the block')
    for _, b in ipairs(rest) do out[#out + 1] = b end
  end
  return out
end

---------------------------------------------------------------------------
-- <div class="signature"> : position at the left, И.О. Фамилия at the right
---------------------------------------------------------------------------
local function signature(div)
  local w = text_width(div)
  local parts = {}
  for _, b in ipairs(div.content) do
    if b.t == 'Para' or b.t == 'Plain' or b.t == 'Div' or b.t == 'LineBlock' then
      parts[#parts + 1] = b
    else
      warn('signature: dropped a ' .. b.t)
    end
  end
  if #parts < 2 then
    warn('signature: expected 2 or 3 paragraphs (position[, middle], name), got '
         .. #parts)
    if #parts == 0 then return {} end
  end
  local position = {parts[1]}
  local middle, name = nil, nil
  if #parts == 2 then
    name = {parts[2]}
  elseif #parts >= 3 then
    middle = {}
    for i = 2, #parts - 1 do middle[#middle + 1] = parts[i] end
    name = {parts[#parts]}
  end
  local left = math.min(CORNER_WIDTH, math.floor(w / 2))
  local out = {raw(empty_para('Signature'))}  -- one empty 14 pt line above
  if middle then
    local right = math.min(NAME_WIDTH, w - left)
    local mid = w - left - right
    out[#out + 1] = raw(layout_table_open({left, mid, right}) .. cell_open(left, 'bottom'))
    cell_blocks(out, position, 'Signature')
    out[#out + 1] = raw('</w:tc>' .. cell_open(mid, 'bottom'))
    cell_blocks(out, middle, 'Centered')
    out[#out + 1] = raw('</w:tc>' .. cell_open(right, 'bottom'))
  else
    local right = w - left
    out[#out + 1] = raw(layout_table_open({left, right}) .. cell_open(left, 'bottom'))
    cell_blocks(out, position, 'Signature')
    out[#out + 1] = raw('</w:tc>' .. cell_open(right, 'bottom'))
  end
  cell_blocks(out, name, 'Signature Name')
  out[#out + 1] = raw('</w:tc>' .. TABLE_CLOSE)
  return out
end

---------------------------------------------------------------------------
-- <div class="appendix-heading"> : «Приложение № 1 к приказу …», top right
---------------------------------------------------------------------------
local function appendix_heading(div)
  -- The Appendix style of each reference indents the block to the last 8 cm
  -- of its text width (portrait 5102, landscape 10034 twips).
  return {
    pandoc.Div(div.content, pandoc.Attr(div.identifier, {}, {{'custom-style', 'Appendix'}})),
    raw(empty_para()),  -- one empty line before what follows
  }
end

---------------------------------------------------------------------------
-- <div class="executor"> : «Исп. …, телефон» at the bottom left of the page
---------------------------------------------------------------------------
-- A frame anchored to the bottom of the text area (Word and LibreOffice
-- merge consecutive paragraphs with the same w:framePr into one frame).
-- Its paragraphs are written here, so only simple inline markup survives:
-- text, <br>, <strong>, <em>, <u>; links and spans keep their text.
local function xml_escape(s)
  return (s:gsub('[&<>"]', {['&'] = '&amp;', ['<'] = '&lt;', ['>'] = '&gt;',
                            ['"'] = '&quot;'}))
end

local function runs(inlines, fmt, out)
  local function text_run(t)
    out[#out + 1] = '<w:r>' .. fmt .. '<w:t xml:space="preserve">'
      .. xml_escape(t) .. '</w:t></w:r>'
  end
  for _, il in ipairs(inlines) do
    local t = il.t
    if t == 'Str' then text_run(il.text)
    elseif t == 'Space' or t == 'SoftBreak' then text_run(' ')
    elseif t == 'LineBreak' then out[#out + 1] = '<w:r><w:br/></w:r>'
    elseif t == 'Code' then text_run(il.text)
    elseif t == 'Strong' then runs(il.content, fmt .. '<w:b/><w:bCs/>', out)
    elseif t == 'Emph' then runs(il.content, fmt .. '<w:i/><w:iCs/>', out)
    elseif t == 'Underline' then runs(il.content, fmt .. '<w:u w:val="single"/>', out)
    elseif t == 'Quoted' then
      text_run('«'); runs(il.content, fmt, out); text_run('»')
    elseif il.content and t ~= 'Note' then runs(il.content, fmt, out)
    end
  end
  return out
end

local function executor(div)
  local w = text_width(div)
  local ppr = '<w:pPr><w:pStyle w:val="Executor"/><w:keepLines/><w:framePr w:w="' .. w
    .. '" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin"'
    .. ' w:xAlign="left" w:yAlign="bottom"/></w:pPr>'
  local paras = {}
  for _, b in ipairs(div.content) do
    if b.t == 'Para' or b.t == 'Plain' then
      paras[#paras + 1] = '<w:p>' .. ppr .. table.concat(runs(b.content, '', {})) .. '</w:p>'
    elseif b.t == 'LineBlock' then
      for _, line in ipairs(b.content) do
        paras[#paras + 1] = '<w:p>' .. ppr .. table.concat(runs(line, '', {})) .. '</w:p>'
      end
    else
      warn('executor: only paragraphs are supported, dropped a ' .. b.t)
    end
  end
  if #paras == 0 then return {} end
  return {raw(table.concat(paras))}
end

---------------------------------------------------------------------------
-- <div class="page-break"></div>
---------------------------------------------------------------------------
-- A tiny paragraph holding only the break, so the new page starts (almost)
-- at its top edge.
local PAGE_BREAK = '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20"'
  .. ' w:lineRule="exact"/><w:ind w:left="0" w:right="0" w:firstLine="0"/>'
  .. '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr></w:pPr>'
  .. '<w:r><w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>'
  .. '<w:br w:type="page"/></w:r></w:p>'

---------------------------------------------------------------------------
-- <div class="document-break"></div> : next document of a batch
---------------------------------------------------------------------------
-- A section break: new page, page numbers restart at 1 and the first page of
-- the next document is again unnumbered. The sectPr repeats the reference's
-- page setup (A4, margins 30/10/20/20 mm) and header (pandoc keeps the
-- reference's only header relationship as rId9).
local function document_break(div)
  local w = text_width(div)
  local pgsz
  if w > 12000 then
    pgsz = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
  else
    pgsz = '<w:pgSz w:w="11906" w:h="16838"/>'
  end
  return {raw(table.concat({
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>',
    '<w:ind w:left="0" w:right="0" w:firstLine="0"/>',
    '<w:rPr><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>',
    '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/>',
    '<w:type w:val="nextPage"/>', pgsz,
    '<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"',
    ' w:header="567" w:footer="567" w:gutter="0"/>',
    '<w:pgNumType w:start="1"/><w:cols w:space="708"/><w:titlePg/>',
    '<w:docGrid w:linePitch="360"/></w:sectPr></w:pPr></w:p>'}))}
end

local function Div(div)
  if has_class(div, 'approvals') then
    return approvals(div)
  elseif has_class(div, 'signature') then
    return signature(div)
  elseif has_class(div, 'appendix-heading') then
    return appendix_heading(div)
  elseif has_class(div, 'executor') then
    return executor(div)
  elseif has_class(div, 'document-break') then
    return document_break(div)
  elseif has_class(div, 'page-break') then
    local out = {raw(PAGE_BREAK)}
    for _, b in ipairs(div.content) do out[#out + 1] = b end
    return out
  end
  return nil
end

---------------------------------------------------------------------------
-- Lists: numbered paragraphs as in Russian orders («1.», «1.1.», «а)», «–»)
---------------------------------------------------------------------------
-- pandoc's own DOCX lists come out 12 pt (Compact/Normal) with a hanging
-- indent; official documents number points inside ordinary paragraphs.
local CYRILLIC = {'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м',
                  'н', 'о', 'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш',
                  'щ', 'э', 'ю', 'я'}

local function roman(n, upper)
  local vals = {{1000, 'm'}, {900, 'cm'}, {500, 'd'}, {400, 'cd'}, {100, 'c'},
                {90, 'xc'}, {50, 'l'}, {40, 'xl'}, {10, 'x'}, {9, 'ix'},
                {5, 'v'}, {4, 'iv'}, {1, 'i'}}
  local s = ''
  for _, v in ipairs(vals) do
    while n >= v[1] do s = s .. v[2]; n = n - v[1] end
  end
  return upper and s:upper() or s
end

local function letter(n, upper)
  local l = CYRILLIC[((n - 1) % #CYRILLIC) + 1]
  if upper then l = pandoc.text.upper(l) end
  return l
end

-- Returns the marker text and the prefix for nested decimal lists.
local function marker(n, style, delim, prefix)
  local label
  if style == 'LowerAlpha' then label = letter(n, false)
  elseif style == 'UpperAlpha' then label = letter(n, true)
  elseif style == 'LowerRoman' then label = roman(n, false)
  elseif style == 'UpperRoman' then label = roman(n, true)
  else
    -- Decimal / DefaultStyle / Example: hierarchical «1.2.»
    local num = prefix .. tostring(n)
    if delim == 'OneParen' then return num .. ')', nil end
    if delim == 'TwoParens' then return '(' .. num .. ')', nil end
    return num .. '.', num .. '.'
  end
  if delim == 'TwoParens' then return '(' .. label .. ')', nil end
  if delim == 'OneParen' then return label .. ')', nil end
  if delim == 'Period' or style:match('Roman') then return label .. '.', nil end
  return label .. ')', nil  -- letters: «а)»
end

local flatten_list

-- Put marker inlines in front of an item's first paragraph.
local function item_blocks(out, item, mark, nested_prefix)
  local first = true
  for _, b in ipairs(item) do
    if b.t == 'BulletList' or b.t == 'OrderedList' then
      if first then out[#out + 1] = pandoc.Para({pandoc.Str(mark)}) end
      flatten_list(out, b, nested_prefix)
    elseif first and (b.t == 'Para' or b.t == 'Plain') then
      local inl = pandoc.List({pandoc.Str(mark), pandoc.Space()})
      inl:extend(b.content)
      out[#out + 1] = pandoc.Para(inl)
    elseif first then
      out[#out + 1] = pandoc.Para({pandoc.Str(mark)})
      out[#out + 1] = b
    else
      out[#out + 1] = b
    end
    first = false
  end
  if first then out[#out + 1] = pandoc.Para({pandoc.Str(mark)}) end
end

flatten_list = function(out, list, prefix)
  if list.t == 'BulletList' then
    for _, item in ipairs(list.content) do
      item_blocks(out, item, '–', prefix)
    end
  else
    local la = list.listAttributes
    local n = la.start or 1
    local style = tostring(la.style)
    local delim = tostring(la.delimiter)
    for _, item in ipairs(list.content) do
      local mark, nested = marker(n, style, delim, prefix)
      item_blocks(out, item, mark, nested or prefix)
      n = n + 1
    end
  end
end

local function List(list)
  local out = {}
  flatten_list(out, list, '')
  return out
end

---------------------------------------------------------------------------
-- Tables: header row (<thead>) centred; bold comes from the Table style.
---------------------------------------------------------------------------
local function Table(tbl)
  for _, row in ipairs(tbl.head.rows) do
    for _, cell in ipairs(row.cells) do
      if cell.alignment == pandoc.AlignDefault then
        cell.alignment = pandoc.AlignCenter
      end
    end
  end
  return tbl
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

---------------------------------------------------------------------------
-- Separate adjacent tables (Word and LibreOffice would merge them).
---------------------------------------------------------------------------
local function starts_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('^%s*<w:tbl[ >]') ~= nil)
end

local function ends_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('</w:tbl>%s*$') ~= nil)
end

local function Blocks(blocks)
  local out = pandoc.List()
  for i, b in ipairs(blocks) do
    if i > 1 and ends_table(blocks[i - 1]) and starts_table(b) then
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
    default_width = math.floor(w)
  end
  -- pandoc's DOCX writer would print these as Title/Subtitle/Author/Date/
  -- Abstract paragraphs at the top of the document.
  for _, k in ipairs({'title', 'subtitle', 'author', 'date', 'abstract'}) do
    meta[k] = nil
  end
  return meta
end

if FORMAT ~= 'docx' then
  return {}  -- raw OpenXML would be lost in any other output format
end

return {
  {Meta = Meta},
  -- top-down, so that an outer list is numbered before its nested lists
  {traverse = 'topdown', BulletList = List, OrderedList = List},
  {Div = Div, Table = Table, Span = Span},
  {Blocks = Blocks},
}
