-- wrk script: a mix of what the web app's pages and API clients ask, in turn (bench/serve-wrk.sh):
-- similar products (hot path) for several codes, segment predictions (hot path), customer lookups and
-- recommendations, product search, health, and one server-rendered page. All must answer 200 on an
-- Online Retail model: serve-wrk.sh checks each once with curl before measuring.
local gets = {
  "/api/products/85123A/similar",
  "/api/products/22423/similar?n=10",
  "/api/products/47566/similar",
  "/api/products/20725/similar?n=3",
  "/api/customers/17850",
  "/api/customers/12347/recommendations?n=10",
  "/api/products?q=lunch%20bag&limit=5",
  "/api/products/84879/similar",
  "/api/health",
  "/products/85123A",
}
local body = '{"recency": 10, "frequency": 12, "monetary": 5000}'
local requests = {}

function init(args)
  for _, path in ipairs(gets) do
    requests[#requests + 1] = wrk.format("GET", path)
    requests[#requests + 1] = wrk.format("POST", "/api/segments/predict", {["Content-Type"] = "application/json"}, body)
  end
end

local at = 0
function request()
  at = at % #requests + 1
  return requests[at]
end
