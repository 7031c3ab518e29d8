"""Benchmark only: requests skip the page cache unless they say `X-Bench-Cached: 1`, so that
the same URL can be measured both as built and as served from the cache."""


class BenchPageCacheSwitch:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.headers.get("X-Bench-Cached") != "1":
            request.page_cache_bypass = True
        return self.get_response(request)
