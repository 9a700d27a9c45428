# needs: matplotlib
import matplotlib.pyplot as plt
plt.plot([1, 2, 3], [1, 4, 9])
plt.xlabel("x")
plt.savefig("plot.svg")
print("saved")
