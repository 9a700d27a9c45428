print(ord('a'), chr(97), chr(0x263A), ord('é'), [chr(c) for c in range(65, 70)])
