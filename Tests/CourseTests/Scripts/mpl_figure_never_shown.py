# needs: matplotlib
import matplotlib.pyplot as plt
plt.figure()
plt.plot([1, 2, 3])
print("figure made, not shown")
