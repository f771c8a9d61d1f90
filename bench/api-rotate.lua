-- wrk script for bench/api.sh: each request takes the next record id (from the file named by $IDS) or the next
-- query word, for the endpoint named by $KIND (search-api, record-api, search-page, record-page).
local kind = os.getenv("KIND")
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local words = {"cooperation", "treaty", "nuclear", "summit", "trade", "security", "agreement", "energy",
  "declaration", "\"peace treaty\"", "minister", "economic", "climate", "visit", "joint"}
local i = 0

request = function()
  i = i + 1
  local path
  if kind == "search-api" then
    path = "/api/v1/search?q=" .. words[(i % #words) + 1]:gsub('"', "%%22"):gsub(" ", "+")
  elseif kind == "search-page" then
    path = "/search?q=" .. words[(i % #words) + 1]:gsub('"', "%%22"):gsub(" ", "+")
  elseif kind == "record-api" then
    path = "/api/v1/records/" .. ids[(i % #ids) + 1]
  else
    path = "/records/" .. ids[(i % #ids) + 1]
  end
  return wrk.format("GET", path)
end
