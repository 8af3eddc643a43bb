# if __name__ == '__main__': true only in the main module
import tool
if __name__ == "__main__":
    print("main: __name__ is", __name__)
    print(tool.main())
