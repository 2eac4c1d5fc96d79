#!/usr/bin/env python3
# Interleaved A/B of two running stacks (docs/benchmarks.md, issue 20): wrk runs alternate between
# them, each with the CPU per request of its server (found by port) and of its database's PostgreSQL
# backends and WAL writer, from /proc ticks, as bench/load.mjs counts them. The request files are
# the .tsv files bench/load.mjs writes to target/bench (copy them per stack).
# Usage: bench/ab.py <scenario label> <rounds> <seconds> <connections> NAME:PORT:DB:TSV ...
import subprocess, sys, re, statistics, os, time
scen, rounds, secs, conns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sides = [s.split(':') for s in sys.argv[5:]]
def pid_of(port):
    out = subprocess.run(['ss','-Hltnp',f'sport = :{port}'],capture_output=True,text=True).stdout
    return re.search(r'pid=(\d+)', out).group(1)
def pg_pids(db):
    out = subprocess.run(['psql','-h','127.0.0.1','-U','postgres','-d',db,'-Atc',
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() OR backend_type = 'walwriter'"],capture_output=True,text=True).stdout
    return out.split()
def ticks(pids):
    t=0
    for p in pids:
        try:
            f=open(f'/proc/{p}/stat').read().split(') ')[1].split(' '); t+=int(f[11])+int(f[12])
        except Exception: pass
    return t*10
res={s[0]:[] for s in sides}
for r in range(rounds):
    for name,port,db,tsv in sides:
        sp=[pid_of(port)]; pg=pg_pids(db)
        b=(ticks(sp),ticks(pg)); t0=time.time()
        out=subprocess.run(['wrk','-t2',f'-c{conns}',f'-d{secs}s','--timeout','10s','--latency','-s','bench/wrk/requests.lua',f'http://127.0.0.1:{port}'],
            env={**os.environ,'BENCH_REQUESTS':tsv},capture_output=True,text=True,cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))).stdout
        a=(ticks(sp),ticks(pg))
        n=int(re.search(r'(\d+) requests in',out).group(1)); rps=float(re.search(r'Requests/sec:\s+([\d.]+)',out).group(1))
        p99=re.search(r' 99%\s+(\S+)',out).group(1); non2xx=re.search(r'Non-2xx or 3xx responses: (\d+)',out)
        load=open('/proc/loadavg').read().split()[0]
        res[name].append((rps,(a[0]-b[0])/n,(a[1]-b[1])/n))
        print(f'{name} r{r+1} {rps:7.0f} req/s p99 {p99:>8} server {(a[0]-b[0])/n:.3f} ms PG {(a[1]-b[1])/n:.3f} ms non2xx {non2xx.group(1) if non2xx else 0} load {load}',flush=True)
for name in res:
    xs=res[name]
    print(f'{name} median: {statistics.median(x[0] for x in xs):.0f} req/s, server {statistics.median(x[1] for x in xs):.3f} ms, PG {statistics.median(x[2] for x in xs):.3f} ms',flush=True)
