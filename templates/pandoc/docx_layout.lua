--[[
docx_layout.lua - the layout divs of the templates: approvals, signature,
appendix-heading, executor, page-break and document-break. Each function
takes the pandoc Div and returns the blocks that replace it. The layout
tables are raw OpenXML around ordinary pandoc blocks, so pandoc still writes
the paragraphs inside the cells.
]]

local xml = require('docx_xml')
local raw, empty_para, has_class, text_width, warn =
  xml.raw, xml.empty_para, xml.has_class, xml.text_width, xml.warn

local M = {}

local CORNER_WIDTH = 4536      -- 8 cm: max width of a corner block (ГОСТ Р 7.0.97)
local NAME_WIDTH = 3402        -- 6 cm: the «И.О. Фамилия» column of a signature

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

function M.approvals(div)
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
function M.signature(div)
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
function M.appendix_heading(div)
  -- The Appendix style of each reference indents the block to the last 8 cm
  -- of its text width (portrait 5102, landscape 10034 twips). An appendix in a
  -- section of the other orientation (a landscape roadmap appended to a
  -- portrait order) names its own width, and the indent is written out.
  local own = tonumber(xml.attr(div, 'text-width') or '')
  if own and own > CORNER_WIDTH then
    local ppr = '<w:pPr><w:pStyle w:val="Appendix"/><w:ind w:left="' .. math.floor(own - CORNER_WIDTH)
      .. '" w:firstLine="0"/></w:pPr>'
    local paras = xml.paras_with(div.content, ppr, function(b)
      warn('appendix-heading: only paragraphs are supported, dropped a ' .. b.t)
      return true
    end)
    return {raw(paras or ''), raw(empty_para())}
  end
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
-- pandoc cannot write w:framePr, so the paragraphs are written by
-- xml.paras_with and only its simple inline markup survives.
function M.executor(div)
  local w = text_width(div)
  local ppr = '<w:pPr><w:pStyle w:val="Executor"/><w:keepLines/><w:framePr w:w="' .. w
    .. '" w:wrap="around" w:vAnchor="margin" w:hAnchor="margin"'
    .. ' w:xAlign="left" w:yAlign="bottom"/></w:pPr>'
  local paras = xml.paras_with(div.content, ppr, function(b)
    warn('executor: only paragraphs are supported, dropped a ' .. b.t)
  end)
  if paras == '' then return {} end
  return {raw(paras)}
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

function M.page_break(div)
  local out = {raw(PAGE_BREAK)}
  for _, b in ipairs(div.content) do out[#out + 1] = b end
  return out
end

---------------------------------------------------------------------------
-- <div class="document-break"></div> : next document of a batch
---------------------------------------------------------------------------
-- A section break: new page, page numbers restart at 1 and the first page of
-- the next document is again unnumbered. The sectPr repeats the reference's
-- page setup (A4, margins 30/10/20/20 mm; forms 30/10/15/15 mm) and header (pandoc keeps the
-- reference's only header relationship as rId9).
function M.document_break(div)
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
    '<w:pgMar w:top="', xml.MARGIN_Y, '" w:right="567" w:bottom="', xml.MARGIN_Y, '" w:left="1701"',
    ' w:header="567" w:footer="567" w:gutter="0"/>',
    '<w:pgNumType w:start="1"/><w:cols w:space="708"/><w:titlePg/>',
    '<w:docGrid w:linePitch="360"/></w:sectPr></w:pPr></w:p>'}))}
end

return M
