# needs: matplotlib
import matplotlib.pyplot as plt
lines = plt.plot([1, 2, 3])
print(len(lines))
plt.close()
print("closed")
