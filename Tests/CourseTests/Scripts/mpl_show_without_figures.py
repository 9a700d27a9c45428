# needs: matplotlib
import matplotlib.pyplot as plt
plt.show()
print("nothing to show")
