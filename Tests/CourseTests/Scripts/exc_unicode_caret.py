label = "héllo wörld"
result = "é" + label + 1
