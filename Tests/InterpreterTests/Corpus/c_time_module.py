import time
t0 = time.perf_counter()
t1 = time.perf_counter()
print(t1 >= t0, type(time.time()).__name__, time.sleep(0) is None)
