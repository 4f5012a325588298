-- wrk script: POST /api/segments/predict with a plain JSON body (bench/serve-wrk.sh).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"recency": 10, "frequency": 12, "monetary": 5000}'
