# needs: matplotlib
import matplotlib.pyplot as plt
plt.figure()
plt.plot([0, 1], [0, 1])
plt.figure()
plt.plot([0, 1], [1, 0])
plt.title("second")
plt.show()
print("after show")
plt.plot([1, 2])
plt.show()
print("end")
