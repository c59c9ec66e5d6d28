--[[
docx_tables.lua - data tables (<table>): raw OpenXML table around pandoc's
own cell blocks.

pandoc 2.17 writes rows without w:cantSplit (only the header row gets
w:tblHeader) and has no way to ask for it; LibreOffice ignores "can't
split" from a table style. So a long row broke across pages. pandoc also
computes w:gridCol against a fixed 7920 twips. Hence every pandoc Table is
written here: table, rows and cell properties as raw OpenXML, while the
cell *contents* stay pandoc blocks, so pandoc still writes the paragraphs
(escaping, inline formatting, <br>, non-breaking spaces).

What pandoc itself would write inside a cell, and how it is kept:
  * Plain (text straight in <td>)  -> style Compact;
  * Para  (<p> in <td>)            -> no pStyle, i.e. Normal (pandoc
    suppresses Body Text because the cell's w:jc is already in the pPr).
Outside a pandoc table pandoc would make both Body Text (14 pt, justified,
indented), so the cell's blocks are wrapped in a custom-style div: Compact
when the cell holds only Plain blocks, Normal otherwise. A custom-style div
inside the cell still wins (pandoc uses the innermost custom-style).
]]

local xml = require('docx_xml')
local raw, empty_para, ends_table, warn = xml.raw, xml.empty_para, xml.ends_table, xml.warn

local M = {}

local CELL_MARGIN = 57         -- 1 mm: left and right cell margin of the Table style

local CELL_STYLE_ID = {Compact = 'Compact', Normal = 'Normal',
                       ['Table Heading'] = 'TableHeading', ['Table Lead'] = 'TableLead'}

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
-- these paragraphs are written by xml.paras_with, as the executor's are:
-- text, <br>, <strong>, <em>, <u> survive. Returns nil if the cell holds
-- anything but paragraphs.
local function aligned_paras(blocks, style_id, jc)
  local ppr = '<w:pPr><w:pStyle w:val="' .. style_id .. '"/><w:jc w:val="' .. jc .. '"/></w:pPr>'
  return xml.paras_with(blocks, ppr, function() return false end)
end

-- Collects the output of one table: raw OpenXML strings and pandoc blocks.
-- Adjacent XML pieces are merged into one RawBlock, so the table starts with
-- a block beginning "<w:tbl" and ends with one ending "</w:tbl>" (the
-- adjacent-tables pass in docx.lua relies on that).
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
local function cell_contents(b, cell, jc, is_head, width, is_lead)
  local blocks = cell and nested_tables(cell.contents, width - 2 * CELL_MARGIN) or {}
  local style
  if is_head then
    style = 'Table Heading'  -- 12 pt bold centred (bold also from the Table style)
  elseif is_lead then
    style = 'Table Lead'  -- Normal with keep-with-next: the row stays with the row below
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
--
-- A body row that is one cell across the whole table (a roadmap stage with its
-- task and result) heads the rows below it: its paragraphs keep with the next
-- row, so a page never ends with it (LibreOffice honours w:keepNext in rows).
-- With `keep_all` (a short table of class "keep-together") every body row but
-- the last keeps with the next, so the table moves whole to the next page
-- instead of leaving a row or two under a repeated header there.
local function section_rows(b, rows, colspecs, widths, is_head, keep_all)
  local placed = place_cells(rows, #widths)
  for r, slots in ipairs(placed) do
    local is_lead = not is_head and r < #placed and
      (keep_all or (#widths > 1 and #slots == 1 and slots[1].span == #widths))
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
        cell_contents(b, slot.cell, jc, is_head, width, is_lead)
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
    section_rows(b, body.body, colspecs, widths, false, xml.has_class(tbl.attr, 'keep-together'))
  end
  section_rows(b, tbl.foot.rows, colspecs, widths, false)
  b.xml('</w:tbl>')
  return b.blocks()
end

M.render = render_table

return M
