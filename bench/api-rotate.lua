-- wrk script for bench/api.sh: each request takes the next record id (from the file named by $IDS) or the next
-- query, for the endpoint named by $KIND:
--   search-api, search-page   the next of 15 query words (a mix a result cache holds whole after one round)
--   search-api-one            always the same query (the best case of a result cache)
--   search-api-distinct       the next of 1,440 distinct searches (48 words x 10 filters x pages 1-3) in a cycle:
--                             each wrk thread asks 720 of them in turn, more than the server's result cache holds
--                             (512), so none is answered from it however the threads' paces differ
--   record-api, record-page   the next of the record ids
local kind = os.getenv("KIND")
local ids = {}
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
local words = {"cooperation", "treaty", "nuclear", "summit", "trade", "security", "agreement", "energy",
  "declaration", "\"peace treaty\"", "minister", "economic", "climate", "visit", "joint"}
local more = {"cooperation", "treaty", "nuclear", "summit", "trade", "security", "agreement", "energy",
  "declaration", "\"peace treaty\"", "minister", "economic", "climate", "visit", "joint", "investment",
  "president", "talks", "relations", "development", "region", "support", "peace", "bilateral", "meeting",
  "partnership", "exchange", "islands", "friendship", "foreign", "prime", "dialogue", "border", "health",
  "stability", "democracy", "sovereignty", "emergency", "youth", "financial", "terrorism", "weapons", "strategic",
  "statement", "conference", "press", "community", "welfare"}
local filters = {"", "&country=JPN", "&country=CHN", "&country=RUS", "&country=UKR", "&year=2005", "&year=2010",
  "&kind=summit", "&kind=visit", "&topic=economy"}
local i = 0
-- wrk runs one copy of this script per thread: each thread takes every (threads)th request of the sequence, so
-- two threads never ask for the same search at about the same time
local threads = 0
tid = 0
nthreads = 1

setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
  thread:set("nthreads", tonumber(os.getenv("THREADS") or "2"))
end

local function q(w)
  return w:gsub('"', "%%22"):gsub(" ", "+")
end

request = function()
  i = i + 1
  local n = i * nthreads + tid
  local path
  if kind == "search-api" then
    path = "/api/v1/search?q=" .. q(words[(n % #words) + 1])
  elseif kind == "search-api-one" then
    path = "/api/v1/search?q=treaty"
  elseif kind == "search-api-distinct" then
    n = n % (#more * #filters * 3)
    local page = math.floor(n / (#more * #filters)) + 1
    path = "/api/v1/search?q=" .. q(more[(n % #more) + 1]) .. "&page=" .. page
      .. filters[(math.floor(n / #more) % #filters) + 1]
  elseif kind == "search-page" then
    path = "/search?q=" .. q(words[(n % #words) + 1])
  elseif kind == "record-api" then
    path = "/api/v1/records/" .. ids[(n % #ids) + 1]
  else
    path = "/records/" .. ids[(n % #ids) + 1]
  end
  return wrk.format("GET", path)
end
