--[[
docx_lists.lua - <ol>/<ul> as numbered paragraphs, as in Russian orders
(«1.», «1.1.», «а)», «–»).

pandoc's own DOCX lists come out 12 pt (Compact/Normal) with a hanging
indent; official documents number points inside ordinary paragraphs.
]]

local M = {}

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

-- The BulletList / OrderedList filter function.
function M.List(list)
  local out = {}
  flatten_list(out, list, '')
  return out
end

return M
