// Kindling's Core ML host for Node.js on macOS: a Node-API addon that compiles an ML Program package,
// loads it with chosen compute units and runs predictions on typed buffers. The TypeScript side
// (`@kindling/backend-coreml/node-host`) unflattens ExecuTorch's payload into a directory, calls
// these functions and owns caching; this file only bridges to Core ML.
//
// NOT BUILT OR TESTED IN KINDLING'S CI: Core ML exists only on Apple platforms and the project's CI
// runs on Linux. Build on a Mac with `npx node-gyp rebuild` in this folder (Xcode command line
// tools required); see README.md beside this file.
//
// JavaScript interface (every call that touches Core ML runs on the libuv thread pool):
//   compileModel(packageDir: string): Promise<string>            path of the compiled .mlmodelc
//   loadModel(compiledDir: string, computeUnits: string, functionName?: string): Promise<ModelHandle>
//   predict(handle, inputs: {name, dataType, shape, data}[])
//     : Promise<{name, dataType, shape, data: ArrayBuffer}[]>   every array output of the model
//   releaseModel(handle): void
//   dataType: 'float32' | 'float16' | 'int32' | 'float64'; data: any ArrayBufferView.

#import <CoreML/CoreML.h>
#import <Foundation/Foundation.h>
#include <node_api.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace {

// ---- small Node-API helpers -------------------------------------------------------------------

napi_value Undefined(napi_env env) {
  napi_value v;
  napi_get_undefined(env, &v);
  return v;
}

napi_value MakeError(napi_env env, const std::string& code, const std::string& message) {
  napi_value msg, err, codeValue;
  napi_create_string_utf8(env, message.c_str(), message.size(), &msg);
  napi_create_error(env, nullptr, msg, &err);
  napi_create_string_utf8(env, code.c_str(), code.size(), &codeValue);
  napi_set_named_property(env, err, "kindlingCode", codeValue);
  return err;
}

void ThrowTypeError(napi_env env, const std::string& message) {
  napi_throw_type_error(env, "ERR_INVALID_ARG", message.c_str());
}

bool GetString(napi_env env, napi_value value, std::string* out) {
  napi_valuetype type;
  if (napi_typeof(env, value, &type) != napi_ok || type != napi_string) return false;
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, nullptr, 0, &length) != napi_ok) return false;
  out->resize(length);
  size_t written = 0;
  if (napi_get_value_string_utf8(env, value, &(*out)[0], length + 1, &written) != napi_ok) return false;
  out->resize(written);
  return true;
}

std::string Describe(NSError* error) {
  if (error == nil) return "unknown Core ML error";
  return std::string([[error localizedDescription] UTF8String] ?: "unknown Core ML error");
}

// ---- data types -------------------------------------------------------------------------------

bool DataTypeFromName(const std::string& name, MLMultiArrayDataType* type, size_t* bytes) {
  if (name == "float32") { *type = MLMultiArrayDataTypeFloat32; *bytes = 4; return true; }
  if (name == "int32") { *type = MLMultiArrayDataTypeInt32; *bytes = 4; return true; }
  if (name == "float64") { *type = MLMultiArrayDataTypeDouble; *bytes = 8; return true; }
  if (name == "float16") {
    if (@available(macOS 12.0, *)) { *type = MLMultiArrayDataTypeFloat16; *bytes = 2; return true; }
    return false;
  }
  return false;
}

bool NameFromDataType(MLMultiArrayDataType type, std::string* name, size_t* bytes) {
  switch (type) {
    case MLMultiArrayDataTypeFloat32: *name = "float32"; *bytes = 4; return true;
    case MLMultiArrayDataTypeInt32: *name = "int32"; *bytes = 4; return true;
    case MLMultiArrayDataTypeDouble: *name = "float64"; *bytes = 8; return true;
    default: break;
  }
  if (@available(macOS 12.0, *)) {
    if (type == MLMultiArrayDataTypeFloat16) { *name = "float16"; *bytes = 2; return true; }
  }
  return false;
}

bool ComputeUnitsFromName(const std::string& name, MLComputeUnits* units) {
  if (name == "all") { *units = MLComputeUnitsAll; return true; }
  if (name == "cpu_only") { *units = MLComputeUnitsCPUOnly; return true; }
  if (name == "cpu_and_gpu") { *units = MLComputeUnitsCPUAndGPU; return true; }
  if (name == "cpu_and_ne") {
    if (@available(macOS 13.0, *)) { *units = MLComputeUnitsCPUAndNeuralEngine; return true; }
    return false;
  }
  return false;
}

// ---- the model handle -------------------------------------------------------------------------

struct ModelBox {
  MLModel* model = nil;  // strong reference under ARC
};

void FinalizeModel(napi_env, void* data, void*) {
  auto* box = static_cast<ModelBox*>(data);
  box->model = nil;
  delete box;
}

// ---- async work plumbing ----------------------------------------------------------------------

struct Work {
  napi_async_work work = nullptr;
  napi_deferred deferred = nullptr;
  std::string errorCode;
  std::string errorMessage;
  virtual ~Work() = default;
  virtual void Execute() = 0;
  virtual napi_value Result(napi_env env) = 0;
};

void ExecuteWork(napi_env, void* data) {
  @autoreleasepool {
    static_cast<Work*>(data)->Execute();
  }
}

void CompleteWork(napi_env env, napi_status, void* data) {
  std::unique_ptr<Work> work(static_cast<Work*>(data));
  if (work->errorMessage.empty()) {
    napi_resolve_deferred(env, work->deferred, work->Result(env));
  } else {
    napi_reject_deferred(env, work->deferred, MakeError(env, work->errorCode, work->errorMessage));
  }
  napi_delete_async_work(env, work->work);
}

napi_value Queue(napi_env env, Work* work, const char* name) {
  napi_value promise, resource;
  napi_create_promise(env, &work->deferred, &promise);
  napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &resource);
  napi_create_async_work(env, nullptr, resource, ExecuteWork, CompleteWork, work, &work->work);
  napi_queue_async_work(env, work->work);
  return promise;
}

// ---- compileModel -----------------------------------------------------------------------------

struct CompileWork : Work {
  std::string packageDir;
  std::string compiledPath;
  void Execute() override {
    NSURL* url = [NSURL fileURLWithPath:[NSString stringWithUTF8String:packageDir.c_str()]];
    NSError* error = nil;
    NSURL* compiled = [MLModel compileModelAtURL:url error:&error];
    if (compiled == nil) {
      errorCode = "compile";
      errorMessage = "Core ML could not compile " + packageDir + ": " + Describe(error);
      return;
    }
    compiledPath = std::string([[compiled path] UTF8String]);
  }
  napi_value Result(napi_env env) override {
    napi_value v;
    napi_create_string_utf8(env, compiledPath.c_str(), compiledPath.size(), &v);
    return v;
  }
};

napi_value CompileModel(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  auto* work = new CompileWork();
  if (argc < 1 || !GetString(env, argv[0], &work->packageDir)) {
    delete work;
    ThrowTypeError(env, "compileModel(packageDir): packageDir must be a string");
    return nullptr;
  }
  return Queue(env, work, "kindling.coreml.compile");
}

// ---- loadModel --------------------------------------------------------------------------------

struct LoadWork : Work {
  std::string compiledDir;
  MLComputeUnits units = MLComputeUnitsAll;
  std::string functionName;
  MLModel* model = nil;
  void Execute() override {
    MLModelConfiguration* config = [[MLModelConfiguration alloc] init];
    config.computeUnits = units;
    if (!functionName.empty()) {
      if (@available(macOS 15.0, *)) {
        config.functionName = [NSString stringWithUTF8String:functionName.c_str()];
      } else {
        errorCode = "unsupported";
        errorMessage = "multifunction models (function \"" + functionName + "\") need macOS 15 or later";
        return;
      }
    }
    NSURL* url = [NSURL fileURLWithPath:[NSString stringWithUTF8String:compiledDir.c_str()]];
    NSError* error = nil;
    model = [MLModel modelWithContentsOfURL:url configuration:config error:&error];
    if (model == nil) {
      errorCode = "load";
      errorMessage = "Core ML could not load " + compiledDir + ": " + Describe(error);
    }
  }
  napi_value Result(napi_env env) override {
    auto* box = new ModelBox();
    box->model = model;
    napi_value handle;
    napi_create_external(env, box, FinalizeModel, nullptr, &handle);
    return handle;
  }
};

napi_value LoadModel(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  auto* work = new LoadWork();
  std::string units;
  if (argc < 2 || !GetString(env, argv[0], &work->compiledDir) || !GetString(env, argv[1], &units)) {
    delete work;
    ThrowTypeError(env, "loadModel(compiledDir, computeUnits, functionName?): the first two must be strings");
    return nullptr;
  }
  if (!ComputeUnitsFromName(units, &work->units)) {
    delete work;
    ThrowTypeError(env, "computeUnits must be all, cpu_only, cpu_and_gpu or cpu_and_ne (macOS 13+), got " + units);
    return nullptr;
  }
  if (argc >= 3) {
    napi_valuetype type;
    napi_typeof(env, argv[2], &type);
    if (type != napi_undefined && !GetString(env, argv[2], &work->functionName)) {
      delete work;
      ThrowTypeError(env, "functionName must be a string when given");
      return nullptr;
    }
  }
  return Queue(env, work, "kindling.coreml.load");
}

// ---- predict ----------------------------------------------------------------------------------

struct Tensor {
  std::string name;
  std::string dataTypeName;
  MLMultiArrayDataType type = MLMultiArrayDataTypeFloat32;
  size_t elementBytes = 4;
  std::vector<int64_t> shape;
  std::vector<uint8_t> bytes;  // contiguous, row-major
};

// Copies `array` into contiguous row-major bytes, following its strides (Core ML may pad rows).
bool CopyOut(MLMultiArray* array, Tensor* out, std::string* error) {
  if (!NameFromDataType(array.dataType, &out->dataTypeName, &out->elementBytes)) {
    *error = "output \"" + out->name + "\" has a data type Kindling does not read";
    return false;
  }
  const NSUInteger rank = array.shape.count;
  std::vector<int64_t> shape(rank), strides(rank);
  size_t count = 1;
  for (NSUInteger d = 0; d < rank; d++) {
    shape[d] = array.shape[d].longLongValue;
    strides[d] = array.strides[d].longLongValue;
    if (shape[d] < 0 || strides[d] < 0) {
      *error = "output \"" + out->name + "\" has a negative size or stride";
      return false;
    }
    count *= static_cast<size_t>(shape[d]);
  }
  out->shape = shape;
  out->bytes.assign(count * out->elementBytes, 0);
  __block bool ok = true;
  const size_t elementBytes = out->elementBytes;
  uint8_t* dst = out->bytes.data();
  auto copy = ^(const void* base, NSInteger size) {
    const auto* src = static_cast<const uint8_t*>(base);
    std::vector<int64_t> index(rank, 0);
    for (size_t i = 0; i < count; i++) {
      int64_t offset = 0;
      for (NSUInteger d = 0; d < rank; d++) offset += index[d] * strides[d];
      const size_t at = static_cast<size_t>(offset) * elementBytes;
      if (at + elementBytes > static_cast<size_t>(size)) {
        ok = false;
        return;
      }
      std::memcpy(dst + i * elementBytes, src + at, elementBytes);
      for (NSInteger d = static_cast<NSInteger>(rank) - 1; d >= 0; d--) {
        if (++index[d] < shape[d]) break;
        index[d] = 0;
      }
    }
  };
  if (@available(macOS 12.3, *)) {
    [array getBytesWithHandler:copy];
  } else {
    // Before getBytesWithHandler the data pointer is the only access; its extent follows from the
    // largest stride.
    NSInteger extent = rank == 0 ? 1 : 0;
    for (NSUInteger d = 0; d < rank; d++) extent = std::max<NSInteger>(extent, shape[d] * strides[d]);
    copy(array.dataPointer, extent * static_cast<NSInteger>(elementBytes));
  }
  if (!ok) *error = "output \"" + out->name + "\" strides reach past its buffer";
  return ok;
}

struct PredictWork : Work {
  MLModel* model = nil;
  std::vector<Tensor> inputs;
  std::vector<Tensor> outputs;

  void Execute() override {
    NSMutableDictionary<NSString*, MLFeatureValue*>* features = [NSMutableDictionary dictionary];
    for (Tensor& t : inputs) {
      NSMutableArray<NSNumber*>* shape = [NSMutableArray array];
      NSMutableArray<NSNumber*>* strides = [NSMutableArray array];
      int64_t stride = 1;
      for (size_t d = t.shape.size(); d-- > 0;) {
        [shape insertObject:@(t.shape[d]) atIndex:0];
        [strides insertObject:@(stride) atIndex:0];
        stride *= t.shape[d];
      }
      NSError* error = nil;
      // The array borrows the bytes this work item owns until it completes.
      MLMultiArray* array = [[MLMultiArray alloc] initWithDataPointer:t.bytes.data()
                                                                shape:shape
                                                             dataType:t.type
                                                              strides:strides
                                                          deallocator:nil
                                                                error:&error];
      if (array == nil) {
        errorCode = "input";
        errorMessage = "input \"" + t.name + "\": " + Describe(error);
        return;
      }
      features[[NSString stringWithUTF8String:t.name.c_str()]] = [MLFeatureValue featureValueWithMultiArray:array];
    }
    NSError* error = nil;
    MLDictionaryFeatureProvider* provider = [[MLDictionaryFeatureProvider alloc] initWithDictionary:features
                                                                                              error:&error];
    if (provider == nil) {
      errorCode = "input";
      errorMessage = Describe(error);
      return;
    }
    id<MLFeatureProvider> result = [model predictionFromFeatures:provider error:&error];
    if (result == nil) {
      errorCode = "predict";
      errorMessage = "Core ML prediction failed: " + Describe(error);
      return;
    }
    // Every array output, by the names of the model's description.
    for (NSString* key in model.modelDescription.outputDescriptionsByName) {
      MLFeatureValue* value = [result featureValueForName:key];
      if (value == nil || value.multiArrayValue == nil) {
        errorCode = "output";
        errorMessage = std::string("the model produced no array for its output \"") + [key UTF8String] + "\"";
        return;
      }
      Tensor out;
      out.name = std::string([key UTF8String]);
      std::string copyError;
      if (!CopyOut(value.multiArrayValue, &out, &copyError)) {
        errorCode = "output";
        errorMessage = copyError;
        return;
      }
      outputs.push_back(std::move(out));
    }
  }

  napi_value Result(napi_env env) override {
    napi_value list;
    napi_create_array_with_length(env, outputs.size(), &list);
    for (size_t i = 0; i < outputs.size(); i++) {
      Tensor& t = outputs[i];
      napi_value obj, name, type, shape, buffer;
      napi_create_object(env, &obj);
      napi_create_string_utf8(env, t.name.c_str(), t.name.size(), &name);
      napi_create_string_utf8(env, t.dataTypeName.c_str(), t.dataTypeName.size(), &type);
      napi_create_array_with_length(env, t.shape.size(), &shape);
      for (size_t d = 0; d < t.shape.size(); d++) {
        napi_value dim;
        napi_create_int64(env, t.shape[d], &dim);
        napi_set_element(env, shape, d, dim);
      }
      void* data = nullptr;
      napi_create_arraybuffer(env, t.bytes.size(), &data, &buffer);
      if (!t.bytes.empty()) std::memcpy(data, t.bytes.data(), t.bytes.size());
      napi_set_named_property(env, obj, "name", name);
      napi_set_named_property(env, obj, "dataType", type);
      napi_set_named_property(env, obj, "shape", shape);
      napi_set_named_property(env, obj, "data", buffer);
      napi_set_element(env, list, i, obj);
    }
    return list;
  }
};

bool ReadInput(napi_env env, napi_value obj, Tensor* t, std::string* error) {
  napi_value name, type, shape, data;
  if (napi_get_named_property(env, obj, "name", &name) != napi_ok || !GetString(env, name, &t->name)) {
    *error = "every input needs a string name";
    return false;
  }
  std::string typeName;
  if (napi_get_named_property(env, obj, "dataType", &type) != napi_ok || !GetString(env, type, &typeName) ||
      !DataTypeFromName(typeName, &t->type, &t->elementBytes)) {
    *error = "input \"" + t->name + "\": dataType must be float32, float16 (macOS 12+), int32 or float64";
    return false;
  }
  t->dataTypeName = typeName;
  bool isArray = false;
  if (napi_get_named_property(env, obj, "shape", &shape) != napi_ok || napi_is_array(env, shape, &isArray) != napi_ok ||
      !isArray) {
    *error = "input \"" + t->name + "\": shape must be an array";
    return false;
  }
  uint32_t rank = 0;
  napi_get_array_length(env, shape, &rank);
  size_t count = 1;
  for (uint32_t d = 0; d < rank; d++) {
    napi_value dim;
    int64_t size = -1;
    napi_get_element(env, shape, d, &dim);
    if (napi_get_value_int64(env, dim, &size) != napi_ok || size < 0 || size > (int64_t{1} << 40)) {
      *error = "input \"" + t->name + "\": shape entries must be non-negative integers";
      return false;
    }
    t->shape.push_back(size);
    count *= static_cast<size_t>(size);
  }
  bool isView = false;
  if (napi_get_named_property(env, obj, "data", &data) != napi_ok || napi_is_typedarray(env, data, &isView) != napi_ok ||
      !isView) {
    *error = "input \"" + t->name + "\": data must be a typed array";
    return false;
  }
  napi_typedarray_type viewType;
  size_t length = 0, offset = 0;
  void* bytes = nullptr;
  napi_value arrayBuffer;
  napi_get_typedarray_info(env, data, &viewType, &length, &bytes, &arrayBuffer, &offset);
  size_t viewElement = 1;
  switch (viewType) {
    case napi_int16_array: case napi_uint16_array: viewElement = 2; break;
    case napi_int32_array: case napi_uint32_array: case napi_float32_array: viewElement = 4; break;
    case napi_float64_array: case napi_bigint64_array: case napi_biguint64_array: viewElement = 8; break;
    default: viewElement = 1; break;
  }
  const size_t byteLength = length * viewElement;
  if (byteLength != count * t->elementBytes) {
    *error = "input \"" + t->name + "\": " + std::to_string(byteLength) + " bytes of data for " +
             std::to_string(count) + " elements of " + typeName;
    return false;
  }
  // Copied: the JavaScript buffer may change or be collected while the prediction runs.
  t->bytes.assign(static_cast<uint8_t*>(bytes), static_cast<uint8_t*>(bytes) + byteLength);
  return true;
}

napi_value Predict(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  ModelBox* box = nullptr;
  napi_valuetype handleType;
  if (argc < 2 || napi_typeof(env, argv[0], &handleType) != napi_ok || handleType != napi_external ||
      napi_get_value_external(env, argv[0], reinterpret_cast<void**>(&box)) != napi_ok || box == nullptr ||
      box->model == nil) {
    ThrowTypeError(env, "predict(handle, inputs): handle is not a loaded model (released?)");
    return nullptr;
  }
  auto work = std::make_unique<PredictWork>();
  work->model = box->model;
  bool isArray = false;
  if (napi_is_array(env, argv[1], &isArray) != napi_ok || !isArray) {
    ThrowTypeError(env, "predict: inputs must be an array");
    return nullptr;
  }
  uint32_t n = 0;
  napi_get_array_length(env, argv[1], &n);
  for (uint32_t i = 0; i < n; i++) {
    napi_value obj;
    napi_get_element(env, argv[1], i, &obj);
    Tensor t;
    std::string error;
    if (!ReadInput(env, obj, &t, &error)) {
      ThrowTypeError(env, "predict: " + error);
      return nullptr;
    }
    work->inputs.push_back(std::move(t));
  }
  return Queue(env, work.release(), "kindling.coreml.predict");
}

// ---- releaseModel -----------------------------------------------------------------------------

napi_value ReleaseModel(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  ModelBox* box = nullptr;
  napi_valuetype type;
  if (argc >= 1 && napi_typeof(env, argv[0], &type) == napi_ok && type == napi_external &&
      napi_get_value_external(env, argv[0], reinterpret_cast<void**>(&box)) == napi_ok && box != nullptr) {
    // A prediction already queued keeps its own strong reference (PredictWork::model).
    box->model = nil;
  }
  return Undefined(env);
}

napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
      {"compileModel", nullptr, CompileModel, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"loadModel", nullptr, LoadModel, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"predict", nullptr, Predict, nullptr, nullptr, nullptr, napi_default, nullptr},
      {"releaseModel", nullptr, ReleaseModel, nullptr, nullptr, nullptr, napi_default, nullptr},
  };
  napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props);
  return exports;
}

}  // namespace

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
