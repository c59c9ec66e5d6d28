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

Text width (twips) is needed for the layout tables and for the column widths
of data tables. It is taken from, in order:
  1. the div's (table's) data-text-width attribute (pandoc drops "data-");
  2. document metadata "text-width" (-M text-width=14570 or
     <meta name="text-width" content="14570"> in the HTML head);
  3. the reference doc's file name: "...landscape..." -> 14570;
  4. 9638 (A4 portrait, margins 30 + 10 mm).
]]

local PORTRAIT_WIDTH = 9638    -- 210 mm - 30 mm - 10 mm = 170 mm
local LANDSCAPE_WIDTH = 14570  -- 297 mm - 30 mm - 10 mm = 257 mm
local CORNER_WIDTH = 4536      -- 8 cm: max width of a corner block (ГОСТ Р 7.0.97)
local NAME_WIDTH = 3402        -- 6 cm: the «И.О. Фамилия» column of a signature
local CELL_MARGIN = 57         -- 1 mm: left and right cell margin of the Table style

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

-- Whether a block is a table or raw OpenXML that starts / ends one.
local function starts_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('^%s*<w:tbl[ >]') ~= nil)
end

local function ends_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('</w:tbl>%s*$') ~= nil)
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
-- Data tables (<table>): raw OpenXML table around pandoc's own cell blocks
---------------------------------------------------------------------------
-- pandoc 2.17 writes rows without w:cantSplit (only the header row gets
-- w:tblHeader) and has no way to ask for it; LibreOffice ignores "can't
-- split" from a table style. So a long row broke across pages. pandoc also
-- computes w:gridCol against a fixed 7920 twips. Hence every pandoc Table is
-- written here: table, rows and cell properties as raw OpenXML, while the
-- cell *contents* stay pandoc blocks, so pandoc still writes the paragraphs
-- (escaping, inline formatting, <br>, non-breaking spaces).
--
-- What pandoc itself would write inside a cell, and how it is kept:
--   * Plain (text straight in <td>)  -> style Compact;
--   * Para  (<p> in <td>)            -> no pStyle, i.e. Normal (pandoc
--     suppresses Body Text because the cell's w:jc is already in the pPr).
-- Outside a pandoc table pandoc would make both Body Text (14 pt, justified,
-- indented), so the cell's blocks are wrapped in a custom-style div: Compact
-- when the cell holds only Plain blocks, Normal otherwise. A custom-style div
-- inside the cell still wins (pandoc uses the innermost custom-style).

local CELL_STYLE_ID = {Compact = 'Compact', Normal = 'Normal',
                       ['Table Heading'] = 'TableHeading'}

local JC = {AlignLeft = 'left', AlignCenter = 'center', AlignRight = 'right'}

-- Column widths in twips, summing to exactly `total`. colspecs[i][2] is the
-- fraction from <col width="8%"> (nil when the column has none). Columns
-- without a width share what the others leave (or get their average width
-- when nothing is left); without any widths all columns are equal. The
-- fractions are scaled to fill the text width, since the table is 100% wide.
local function column_widths(colspecs, total)
  local n = #colspecs
  local fracs, known_sum, known_n = {}, 0, 0
  for i, spec in ipairs(colspecs) do
    local f = tonumber(spec[2])
    if f and f > 0 then
      fracs[i] = f
      known_sum = known_sum + f
      known_n = known_n + 1
    end
  end
  local fill
  if known_n == 0 then
    fill = 1 / n
  elseif known_sum < 0.999 then
    fill = (1 - known_sum) / (n - known_n)
  else
    fill = known_sum / known_n
  end
  local sum = 0
  for i = 1, n do
    fracs[i] = fracs[i] or fill
    sum = sum + fracs[i]
  end
  local widths, used = {}, 0
  for i = 1, n - 1 do
    widths[i] = math.floor(fracs[i] / sum * total + 0.5)
    used = used + widths[i]
  end
  widths[n] = total - used  -- the rounding remainder goes to the last column
  return widths
end

-- Places the cells of one section (thead, a tbody, tfoot) on the column grid
-- the HTML way: each cell takes the next column not covered by a rowspan from
-- a row above. Returns, per row, a list of slots
--   {col = first column, span = columns, cell = pandoc cell or nil,
--    vmerge = nil | 'restart' | 'continue'}
-- A slot without a cell is either the continuation of a vertical merge or an
-- empty cell padding a short row (Word needs every grid column filled).
-- Spans are clipped to the grid and to the rows of the section.
local function place_cells(rows, ncols)
  local covered = {}  -- covered[col] = {rows = still covered, span = n}
  local placed = {}
  for r, row in ipairs(rows) do
    local slots, col = {}, 1
    -- Continuation slots of vertical merges from above, from `col` on.
    local function skip_covered()
      while col <= ncols and covered[col] do
        local c = covered[col]
        slots[#slots + 1] = {col = col, span = c.span, vmerge = 'continue'}
        c.rows = c.rows - 1
        if c.rows == 0 then covered[col] = nil end
        col = col + c.span
      end
    end
    for _, cell in ipairs(row.cells) do
      skip_covered()
      if col > ncols then
        warn('table: a row has more cells than the table has columns; extra cells dropped')
        break
      end
      local span = math.min(math.max(cell.col_span or 1, 1), ncols - col + 1)
      for c = col + 1, col + span - 1 do  -- do not run into a merge from above
        if covered[c] then span = c - col; break end
      end
      local rowspan = math.min(math.max(cell.row_span or 1, 1), #rows - r + 1)
      local slot = {col = col, span = span, cell = cell}
      if rowspan > 1 then
        slot.vmerge = 'restart'
        covered[col] = {rows = rowspan - 1, span = span}
      end
      slots[#slots + 1] = slot
      col = col + span
    end
    skip_covered()
    while col <= ncols do  -- pad a short row with empty cells
      slots[#slots + 1] = {col = col, span = 1}
      col = col + 1
      skip_covered()
    end
    placed[r] = slots
  end
  return placed
end

-- Horizontal alignment of a cell: its own, else its column's (<td align>,
-- style="text-align:…"), else centred in the header and left in the body.
local function cell_alignment(cell, column_align, is_head)
  local a = tostring(cell.alignment)
  if JC[a] then return JC[a] end
  if not is_head and JC[column_align] then return JC[column_align] end
  return is_head and 'center' or 'left'
end

local function only_plain(blocks)
  for _, b in ipairs(blocks) do
    if b.t ~= 'Plain' then return false end
  end
  return true
end

-- Paragraphs with an explicit w:jc, for cells aligned against the default of
-- their row (centred/right body cells, left/right header cells). pandoc writes
-- w:jc only inside its own tables and the reference has no 12 pt centred or
-- right-aligned style (an unknown custom-style would become Body Text), so
-- these paragraphs are written here, with the executor's run writer: text,
-- <br>, <strong>, <em>, <u> survive. Returns nil if the cell holds anything
-- but paragraphs.
local function aligned_paras(blocks, style_id, jc)
  local ppr = '<w:pPr><w:pStyle w:val="' .. style_id .. '"/><w:jc w:val="' .. jc .. '"/></w:pPr>'
  local paras = {}
  for _, b in ipairs(blocks) do
    if b.t == 'Para' or b.t == 'Plain' then
      paras[#paras + 1] = '<w:p>' .. ppr .. table.concat(runs(b.content, '', {})) .. '</w:p>'
    elseif b.t == 'LineBlock' then
      for _, line in ipairs(b.content) do
        paras[#paras + 1] = '<w:p>' .. ppr .. table.concat(runs(line, '', {})) .. '</w:p>'
      end
    else
      return nil
    end
  end
  return table.concat(paras)
end

-- Collects the output of one table: raw OpenXML strings and pandoc blocks.
-- Adjacent XML pieces are merged into one RawBlock, so the table starts with
-- a block beginning "<w:tbl" and ends with one ending "</w:tbl>" (the
-- adjacent-tables pass below relies on that).
local function block_builder()
  local out, buf = {}, {}
  local self = {}
  local function flush()
    if #buf > 0 then
      out[#out + 1] = raw(table.concat(buf))
      buf = {}
    end
  end
  function self.xml(...)
    for _, s in ipairs({...}) do buf[#buf + 1] = s end
  end
  function self.block(b)
    flush()
    out[#out + 1] = b
  end
  function self.blocks()
    flush()
    return out
  end
  return self
end

local render_table  -- defined below; cells may hold tables

-- Renders the tables among `blocks` (also inside divs and block quotes) at
-- `width`: a table nested in a cell must fit the cell, not the page.
local function nested_tables(blocks, width)
  local out = pandoc.List()
  for _, b in ipairs(blocks) do
    if b.t == 'Table' then
      out:extend(render_table(b, width))
    elseif b.t == 'Div' or b.t == 'BlockQuote' then
      b.content = nested_tables(b.content, width)
      out:insert(b)
    else
      out:insert(b)
    end
  end
  return out
end

-- Writes the contents of one cell (between <w:tcPr> and </w:tc>); width is
-- the cell's width in twips.
local function cell_contents(b, cell, jc, is_head, width)
  local blocks = cell and nested_tables(cell.contents, width - 2 * CELL_MARGIN) or {}
  local style
  if is_head then
    style = 'Table Heading'  -- 12 pt bold centred (bold also from the Table style)
  elseif only_plain(blocks) then
    style = 'Compact'
  else
    style = 'Normal'
  end
  if #blocks == 0 then
    b.xml(empty_para(CELL_STYLE_ID[style]))
    return
  end
  local default_jc = is_head and 'center' or 'left'
  if jc ~= default_jc then
    local xml = aligned_paras(blocks, CELL_STYLE_ID[style], jc)
    if xml then
      b.xml(xml)
      return
    end
    warn('table: alignment "' .. jc .. '" is lost on a cell holding more than paragraphs')
  end
  b.block(pandoc.Div(blocks, pandoc.Attr('', {}, {{'custom-style', style}})))
  if ends_table(blocks[#blocks]) then
    b.xml(empty_para(CELL_STYLE_ID[style]))  -- a cell must end with a paragraph
  end
end

local function tc_open(width, span, vmerge, is_head)
  local pr = {'<w:tc><w:tcPr><w:tcW w:w="', width, '" w:type="dxa"/>'}
  if span > 1 then pr[#pr + 1] = '<w:gridSpan w:val="' .. span .. '"/>' end
  if vmerge == 'restart' then
    pr[#pr + 1] = '<w:vMerge w:val="restart"/>'
  elseif vmerge == 'continue' then
    pr[#pr + 1] = '<w:vMerge/>'
  end
  -- Header cells are vertically centred by the Table style's firstRow
  -- formatting too; said explicitly for further header rows.
  if is_head then pr[#pr + 1] = '<w:vAlign w:val="center"/>' end
  pr[#pr + 1] = '</w:tcPr>'
  return table.concat(pr)
end

-- Writes the rows of one section. Every row is kept on one page
-- (w:cantSplit); header rows (<thead>) are also repeated on each page
-- (w:tblHeader, which Word and LibreOffice honour only for a run of rows at
-- the top of the table - the thead rows).
local function section_rows(b, rows, colspecs, widths, is_head)
  for _, slots in ipairs(place_cells(rows, #widths)) do
    b.xml('<w:tr><w:trPr><w:cantSplit/>', is_head and '<w:tblHeader/>' or '', '</w:trPr>')
    for _, slot in ipairs(slots) do
      local width = 0
      for c = slot.col, slot.col + slot.span - 1 do width = width + widths[c] end
      b.xml(tc_open(width, slot.span, slot.vmerge, is_head))
      if slot.vmerge == 'continue' then
        b.xml('<w:p/>')  -- a merged-away cell still needs a paragraph
      else
        local column_align = tostring(colspecs[slot.col][1])
        local jc = slot.cell and cell_alignment(slot.cell, column_align, is_head)
          or (is_head and 'center' or 'left')
        cell_contents(b, slot.cell, jc, is_head, width)
      end
      b.xml('</w:tc>')
    end
    b.xml('</w:tr>')
  end
end

-- Returns the blocks for a pandoc Table, `width` twips wide.
render_table = function(tbl, width)
  local colspecs = tbl.colspecs
  if #colspecs == 0 then return {} end
  local widths = column_widths(colspecs, width)
  local has_head = #tbl.head.rows > 0
  local b = block_builder()

  -- Caption above the table, as pandoc writes it.
  local caption = tbl.caption and tbl.caption.long or {}
  if #caption > 0 then
    b.block(pandoc.Div(caption, pandoc.Attr('', {}, {{'custom-style', 'Table Caption'}})))
  end

  local grid = {}
  for _, w in ipairs(widths) do grid[#grid + 1] = '<w:gridCol w:w="' .. w .. '"/>' end
  b.xml('<w:tbl><w:tblPr>',
        '<w:tblStyle w:val="Table"/>',  -- borders, 12 pt, cell margins
        '<w:tblW w:w="5000" w:type="pct"/>',  -- 100% of the text width
        '<w:tblLayout w:type="fixed"/>',  -- keep the colgroup widths
        -- firstRow: the Table style's header formatting (bold, centred)
        '<w:tblLook w:val="', has_head and '0020' or '0000', '" w:firstRow="',
        has_head and '1' or '0', '" w:lastRow="0" w:firstColumn="0"',
        ' w:lastColumn="0" w:noHBand="0" w:noVBand="0"/>',
        '</w:tblPr><w:tblGrid>', table.concat(grid), '</w:tblGrid>')

  section_rows(b, tbl.head.rows, colspecs, widths, true)
  for _, body in ipairs(tbl.bodies) do
    -- A tbody's own leading rows (pandoc's intermediate head) are written
    -- like body rows, as pandoc does; only <thead> repeats on each page.
    section_rows(b, body.head, colspecs, widths, false)
    section_rows(b, body.body, colspecs, widths, false)
  end
  section_rows(b, tbl.foot.rows, colspecs, widths, false)
  b.xml('</w:tbl>')
  return b.blocks()
end

-- Run top-down: an outer table is rendered first and renders the tables in
-- its cells at the cell width. Tables it does not reach (e.g. in a footnote)
-- are still met when pandoc descends into the returned blocks.
local function Table(tbl)
  return render_table(tbl, text_width({attributes = tbl.attr.attributes}))
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
  {Div = Div, Span = Span},
  {traverse = 'topdown', Table = Table},
  {Blocks = Blocks},
}
