--[[
docx_xml.lua - helpers shared by the modules of docx.lua: element classes and
attributes, the text width, raw OpenXML pieces and the paragraph writer for
paragraphs that pandoc cannot write with the properties they need.

Loaded once through `require` (see docx.lua), so the default text width that
the Meta pass sets here is the one every module reads.
]]

local M = {}

M.PORTRAIT_WIDTH = 9638    -- 210 mm - 30 mm - 10 mm = 170 mm
M.LANDSCAPE_WIDTH = 14570  -- 297 mm - 30 mm - 10 mm = 257 mm

-- Default text width: from the reference doc's file name; the Meta pass
-- overrides it with the "text-width" metadata field.
local default_width = M.PORTRAIT_WIDTH
do
  local ref = PANDOC_WRITER_OPTIONS and PANDOC_WRITER_OPTIONS.reference_doc
  if ref and tostring(ref):lower():match('landscape') then
    default_width = M.LANDSCAPE_WIDTH
  end
end

-- Top and bottom page margins: 20 mm (1134 twips); forms (form.docx, derived by
-- scripts/form_reference.cmake, which sets the same 15 mm) have 15 mm (851 twips)
-- so that a consent and its signature fit one sheet.
M.MARGIN_Y = 1134
do
  local ref = PANDOC_WRITER_OPTIONS and PANDOC_WRITER_OPTIONS.reference_doc
  if ref and tostring(ref):lower():match('form%.docx$') then
    M.MARGIN_Y = 851
  end
end

function M.set_default_width(w)
  default_width = w
end

function M.raw(xml)
  return pandoc.RawBlock('openxml', xml)
end

-- Whether a block is a table or raw OpenXML that starts / ends one.
function M.starts_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('^%s*<w:tbl[ >]') ~= nil)
end

function M.ends_table(b)
  return b.t == 'Table'
    or (b.t == 'RawBlock' and b.format == 'openxml' and b.text:match('</w:tbl>%s*$') ~= nil)
end

function M.has_class(el, name)
  for _, c in ipairs(el.classes) do
    if c == name then return true end
  end
  return false
end

function M.attr(el, name)
  return el.attributes[name] or el.attributes['data-' .. name]
end

function M.text_width(el)
  local w = tonumber(M.attr(el, 'text-width') or '')
  if w and w > 0 then return math.floor(w) end
  return default_width
end

-- An empty paragraph in a given style (a cell must end with a paragraph).
function M.empty_para(style)
  if style then
    return '<w:p><w:pPr><w:pStyle w:val="' .. style .. '"/></w:pPr></w:p>'
  end
  return '<w:p/>'
end

-- The prefix stays "docx.lua": it names the filter the user ran.
function M.warn(msg)
  io.stderr:write('docx.lua: ' .. msg .. '\n')
end

---------------------------------------------------------------------------
-- Paragraphs written here instead of by pandoc
---------------------------------------------------------------------------
-- Some paragraphs need properties pandoc cannot give them (the executor's
-- frame, an explicit w:jc in a table cell), so they are written as raw
-- OpenXML, with this simple run writer: text, <br>, <strong>, <em>, <u>
-- survive; links and spans keep their text.
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

-- The OpenXML of `blocks` as paragraphs with the properties `ppr` (a whole
-- <w:pPr>): one per Para or Plain, one per line of a LineBlock. Other blocks
-- cannot be written this way: each is passed to on_other(block), which
-- either drops it (returns nothing) or gives up on the whole lot (returns
-- false; then the result is nil).
function M.paras_with(blocks, ppr, on_other)
  local paras = {}
  local function para(inlines)
    paras[#paras + 1] = '<w:p>' .. ppr .. table.concat(runs(inlines, '', {})) .. '</w:p>'
  end
  for _, b in ipairs(blocks) do
    if b.t == 'Para' or b.t == 'Plain' then
      para(b.content)
    elseif b.t == 'LineBlock' then
      for _, line in ipairs(b.content) do para(line) end
    elseif on_other(b) == false then
      return nil
    end
  end
  return table.concat(paras)
end

return M
