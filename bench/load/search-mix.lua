-- wrk script: GET /api/search over a mix of researchers' queries (codes in several spellings, words with and
-- without diacritics, phrases, filters, sorting and paging), taken in turn so that every connection varies them.
local queries = {
  "q=Nghị quyết 06-NQ/HU",
  "q=nghi quyet 06-nq/hu",
  "q=06/NQ-HU",
  "q=144-QĐ/TƯ",
  "q=144-QD/TW",
  "q=Chỉ thị 05-CT/TW",
  "q=Kết luận 33-KL/ThU",
  "q=huyện ủy Sông Lô",
  "q=huyen uy song lo",
  "q=đảng viên hoàn thành xuất sắc nhiệm vụ",
  "q=\"sinh hoạt chuyên đề\"",
  "q=sinh hoạt chi bộ&locality=Bến Tre",
  "q=ủy ban kiểm tra&year=2020",
  "q=kinh tế&sort=date",
  "q=giáo dục&page=2",
  "q=bóng đá",
  "q=thi truong chung khoan",
  "q=\"chất lượng sinh hoạt\"~3",
  "q=kết nạp đảng viên OR phát triển đảng viên",
  "q=tổ chức cơ sở đảng -huyện",
  "q=y tế&size=20",
  "q=doanh nghiệp nhà nước",
  "q=ngan hang",
  "q=học sinh",
}

local function encode(s)
  return (s:gsub("[^%w%-%._~=&]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do paths[i] = "/api/search?" .. encode(q) end

local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50: %.2f ms, p90: %.2f ms, p99: %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
